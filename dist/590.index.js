export const id = 590;
export const ids = [590];
export const modules = {

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ relatedId),
/* harmony export */   d$: () => (/* binding */ IncludedIndex),
/* harmony export */   qj: () => (/* binding */ relatedIds)
/* harmony export */ });
/** The JSON:API envelope App Store Connect uses for every document. */
/** Looks up `included` resources by type and id, and follows relationships through them. */
class IncludedIndex {
    byKey = new Map();
    constructor(included = []) {
        this.add(included);
    }
    add(included) {
        for (const resource of included)
            this.byKey.set(`${resource.type}/${resource.id}`, resource);
    }
    get(identifier) {
        if (!identifier)
            return undefined;
        return this.byKey.get(`${identifier.type}/${identifier.id}`);
    }
    /** The resource a to-one relationship points at, when it was included. */
    one(resource, relationship) {
        const data = resource.relationships?.[relationship]?.data;
        return Array.isArray(data) ? undefined : this.get(data);
    }
    /** The included resources a to-many relationship points at. */
    many(resource, relationship) {
        const data = resource.relationships?.[relationship]?.data;
        if (!Array.isArray(data))
            return [];
        return data.map((identifier) => this.get(identifier)).filter((r) => r !== undefined);
    }
}
/** The id a to-one relationship points at (present when the relationship was included or requested). */
function relatedId(resource, relationship) {
    const data = resource.relationships?.[relationship]?.data;
    return data && !Array.isArray(data) ? data.id : undefined;
}
/** The ids a to-many relationship points at. */
function relatedIds(resource, relationship) {
    const data = resource.relationships?.[relationship]?.data;
    return Array.isArray(data) ? data.map((identifier) => identifier.id) : [];
}


/***/ }),

/***/ 3105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nt: () => (/* binding */ maxPageSize),
/* harmony export */   _U: () => (/* binding */ collectAll)
/* harmony export */ });
/* unused harmony export paginate */
/* harmony import */ var _json_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5086);
/* harmony import */ var _query_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2733);


/** Apple's largest page. */
const maxPageSize = 200;
/** Yields every page of a list, following `links.next` until there is none. */
async function* paginate(client, path, query = {}) {
    let target = path + (0,_query_js__WEBPACK_IMPORTED_MODULE_0__/* .toQueryString */ .z)({ limit: maxPageSize, ...query });
    const seen = new Set();
    while (target) {
        if (seen.has(target))
            throw new Error(`pagination loop: ${target} was already read`);
        seen.add(target);
        const page = await client.get(target);
        yield page;
        target = page.links?.next;
    }
}
/** Reads every page of a list; `until` stops early once it returns true for a page's items. */
async function collectAll(client, path, query = {}, until) {
    const data = [];
    const included = new _json_api_js__WEBPACK_IMPORTED_MODULE_1__/* .IncludedIndex */ .d$();
    let total;
    for await (const page of paginate(client, path, query)) {
        data.push(...page.data);
        included.add(page.included ?? []);
        total ??= page.meta?.paging.total;
        if (until?.(page.data))
            break;
    }
    return { data, included, total };
}


/***/ }),

/***/ 2733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toQueryString)
/* harmony export */ });
/* unused harmony export toQueryPairs */
/** Builds App Store Connect query strings: `filter[...]`, `fields[...]`, `include`, `sort`, `limit`. */
function formatValue(value) {
    return Array.isArray(value) ? value.join(',') : String(value);
}
/** Percent-encodes a value but keeps the commas that separate list items readable. */
function encodeValue(value) {
    return encodeURIComponent(value).replace(/%2C/gi, ',');
}
/** Keeps the brackets of `filter[email]` literal, as App Store Connect documents them. */
function encodeName(name) {
    return encodeURIComponent(name).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
function toQueryPairs(query = {}) {
    const pairs = [];
    const push = (name, value) => {
        if (value === undefined)
            return;
        if (Array.isArray(value) && value.length === 0)
            return;
        pairs.push([name, formatValue(value)]);
    };
    for (const [name, value] of Object.entries(query.filter ?? {}))
        push(`filter[${name}]`, value);
    for (const [type, names] of Object.entries(query.fields ?? {}))
        push(`fields[${type}]`, names);
    push('include', query.include);
    push('sort', query.sort);
    push('limit', query.limit);
    for (const [relationship, limit] of Object.entries(query.limits ?? {})) {
        push(`limit[${relationship}]`, limit);
    }
    for (const [name, value] of Object.entries(query.extra ?? {}))
        push(name, value);
    return pairs;
}
function toQueryString(query = {}) {
    const pairs = toQueryPairs(query);
    if (pairs.length === 0)
        return '';
    return '?' + pairs.map(([name, value]) => `${encodeName(name)}=${encodeValue(value)}`).join('&');
}


/***/ }),

/***/ 1590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/asc/concurrency.ts
var concurrency = __webpack_require__(5638);
// EXTERNAL MODULE: ./node_modules/node-fetch/src/index.js + 13 modules
var src = __webpack_require__(6135);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
// EXTERNAL MODULE: ./src/asc/plain-http.ts
var plain_http = __webpack_require__(6186);
// EXTERNAL MODULE: ./src/asc/retry-policy.ts
var retry_policy = __webpack_require__(950);
;// CONCATENATED MODULE: ./src/asc/signed-download.ts




/**
 * GETs a pre-signed URL that App Store Connect handed out (a feedback screenshot on Apple's CDN):
 * no API token goes with it (the signature is in the URL, and the host is not Apple's API), https
 * only (plain http to loopback or to a plain-http API base's host), retried under the client's
 * retry policy. The URL's query (its signature) never appears in an error.
 */
async function downloadSignedUrl(target, options = {}) {
    const url = new URL(target);
    const shown = `${url.origin}${url.pathname}`;
    if (!(0,plain_http/* isTransportAllowed */.E)(url, options.plainHttpHost)) {
        throw new errors/* AscApiError */.o({
            method: 'GET',
            path: shown,
            reason: 'refusing to download over an unencrypted connection',
        });
    }
    const settings = { ...retry_policy/* defaultRetrySettings */.XF, ...options.retry };
    const fetch = options.fetch ?? src/* default */.Ay;
    const attempt = async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
        try {
            const response = await fetch(url.href, {
                method: 'GET',
                headers: { Accept: '*/*' },
                signal: controller.signal,
            });
            const body = Buffer.from(await response.arrayBuffer());
            if (response.status < 300)
                return { ok: true, value: body };
            return {
                ok: false,
                outcome: {
                    kind: 'status',
                    status: response.status,
                    retryAfter: response.headers.get('retry-after'),
                },
                error: new errors/* AscApiError */.o({ method: 'GET', path: shown, status: response.status }),
            };
        }
        catch (cause) {
            const timedOut = controller.signal.aborted;
            const message = cause instanceof Error ? cause.message : String(cause);
            return {
                ok: false,
                outcome: { kind: timedOut ? 'timeout' : 'network' },
                error: new errors/* AscApiError */.o({
                    method: 'GET',
                    path: shown,
                    reason: timedOut
                        ? 'timed out'
                        : `connection failed: ${message.split(url.href).join(shown)}`,
                    cause,
                }),
            };
        }
        finally {
            clearTimeout(timer);
        }
    };
    return (0,retry_policy/* withRetries */.LH)(settings, attempt, {
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    });
}

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/report/github-run.ts
var github_run = __webpack_require__(6779);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/operations/shared/resolve-app.ts
var resolve_app = __webpack_require__(4224);
;// CONCATENATED MODULE: ./src/operations/feedback/feedback-issues.ts

/** The hidden line that ties an issue to one feedback, so that a re-run finds it again. */
function feedbackMarker(id) {
    return `<!-- asc-feedback:${id} -->`;
}
const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/**
 * Text from a tester, safe for a (perhaps public) issue: e-mail addresses taken out, @mentions
 * broken (they would notify people), HTML comments shown as text (a marker typed into a comment
 * must not pass for this action's), every line quoted.
 */
function quoteTesterText(text) {
    return text
        .replace(emailPattern, '[e-mail address removed]')
        .replace(/<!--/g, '&lt;!--')
        .replace(/@(?=[A-Za-z0-9-])/g, '@\u200b')
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
}
function firstLine(text) {
    return text.split('\n').find((line) => line.trim() !== '') ?? '';
}
function describeFeedbackBuild(feedback) {
    const { version, number } = feedback.build;
    return version ? `${version} (${number})` : number ? `(${number})` : 'unknown build';
}
function issueTitle(feedback) {
    const build = describeFeedbackBuild(feedback);
    const comment = firstLine(feedback.comment)
        .replace(emailPattern, '[e-mail address removed]')
        .trim();
    const shortened = comment.length > 80 ? `${comment.slice(0, 77)}...` : comment;
    if (feedback.kind === 'crash') {
        return shortened
            ? `Crash in ${build}: ${shortened}`
            : `Crash in ${build} on ${feedback.deviceModel}`;
    }
    return shortened ? `Feedback on ${build}: ${shortened}` : `Screenshot feedback on ${build}`;
}
function issueBody(feedback) {
    const rows = [
        ['Kind', feedback.kind === 'crash' ? 'crash' : 'screenshot feedback'],
        ['Build', describeFeedbackBuild(feedback)],
        [
            'Device',
            `${feedback.deviceModel}${feedback.deviceFamily ? ` (${feedback.deviceFamily})` : ''}`,
        ],
        ['OS', feedback.osVersion],
        ['Locale', feedback.locale],
        ['Sent', feedback.createdDate],
    ];
    const parts = [
        `TestFlight feedback from a tester of ${feedback.bundleId || 'the app'}.`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([name, value]) => `| ${name} | ${(value ?? '').replace(/\|/g, '\\|')} |`),
        '',
        feedback.comment.trim() ? quoteTesterText(feedback.comment.trim()) : '_No comment._',
    ];
    if (feedback.crashFrames.length > 0) {
        parts.push('', 'Crashed thread (first frames):', '', '```', ...feedback.crashFrames, '```');
    }
    if (feedback.screenshotCount > 0) {
        parts.push('', `${feedback.screenshotCount} screenshot(s) were downloaded by the workflow run (feedback-dir).`);
    }
    parts.push('', feedbackMarker(feedback.id));
    return parts.join('\n');
}
/** The feedback IDs that already have an issue: every issue with the labels, open or closed. */
async function findFeedbackIssues(settings) {
    const octokit = await (0,github_run/* githubClient */.$)(settings.token, settings.run);
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner: settings.run.owner,
        repo: settings.run.repo,
        labels: settings.labels.join(','),
        state: 'all',
        per_page: 100,
    });
    const found = new Map();
    for (const issue of issues) {
        for (const match of (issue.body ?? '').matchAll(/<!-- asc-feedback:([^\s>]+) -->/g)) {
            if (match[1])
                found.set(match[1], issue.number);
        }
    }
    return found;
}
/**
 * Plans one issue for a feedback. If the answer to the create is lost, the issues are listed
 * again: one that carries the marker was made, and is not made twice.
 */
function planFeedbackIssue(settings, feedback, created) {
    const title = issueTitle(feedback);
    return {
        kind: 'create',
        target: `GitHub issue "${title}"`,
        detail: `(feedback ${feedback.id}, labels ${settings.labels.join(', ')})`,
        apply: async () => {
            const octokit = await (0,github_run/* githubClient */.$)(settings.token, settings.run);
            try {
                const { data } = await octokit.rest.issues.create({
                    owner: settings.run.owner,
                    repo: settings.run.repo,
                    title,
                    body: issueBody(feedback),
                    labels: settings.labels,
                });
                created(data.number);
            }
            catch (error) {
                const status = error.status;
                if (status !== undefined && status < 500)
                    throw error;
                const existing = (await findFeedbackIssues(settings)).get(feedback.id);
                if (existing === undefined)
                    throw error;
                created(existing);
            }
        },
    };
}

// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/asc/pagination.ts
var pagination = __webpack_require__(3105);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
;// CONCATENATED MODULE: ./src/operations/feedback/feedback-model.ts



const submissionFields = [
    'createdDate',
    'comment',
    'email',
    'deviceModel',
    'osVersion',
    'locale',
    'timeZone',
    'appPlatform',
    'deviceFamily',
    'buildBundleId',
    'build',
];
/**
 * The submissions of one kind created since `cutoff`, newest first. Apple has no date filter:
 * pages are read with `sort=-createdDate` and reading stops at the first older submission.
 */
async function listSince(client, app, kind, cutoff) {
    const type = kind === 'crash' ? 'betaFeedbackCrashSubmissions' : 'betaFeedbackScreenshotSubmissions';
    const isNew = (submission) => Date.parse(submission.attributes?.createdDate ?? '') >= cutoff;
    const list = await (0,pagination/* collectAll */._U)(client, `/v1/apps/${app.id}/${type}`, {
        sort: ['-createdDate'],
        include: ['build'],
        fields: {
            [type]: kind === 'screenshot' ? [...submissionFields, 'screenshots'] : submissionFields,
            builds: ['version'],
        },
    }, (items) => items.some((item) => !isNew(item)));
    return { data: list.data.filter(isNew), included: list.included };
}
function toFeedback(kind, submission, included) {
    const a = submission.attributes ?? {};
    const buildId = (0,json_api/* relatedId */.Dl)(submission, 'build') ?? '';
    const build = included.one(submission, 'build');
    const images = 'screenshots' in a && Array.isArray(a.screenshots) ? a.screenshots : [];
    const screenshots = images
        .filter((image) => typeof image.url === 'string' && image.url !== '')
        .map((image) => ({
        url: image.url,
        width: image.width ?? null,
        height: image.height ?? null,
    }));
    return {
        id: submission.id,
        kind,
        createdDate: a.createdDate ?? '',
        comment: a.comment ?? '',
        email: a.email ?? '',
        deviceModel: a.deviceModel ?? '',
        deviceFamily: a.deviceFamily ?? '',
        osVersion: a.osVersion ?? '',
        locale: a.locale ?? '',
        timeZone: a.timeZone ?? '',
        appPlatform: a.appPlatform ?? '',
        bundleId: a.buildBundleId ?? '',
        build: { id: buildId, number: build?.attributes?.version ?? '', version: '' },
        screenshots,
        screenshotCount: screenshots.length,
        crashFrames: [],
    };
}
/** Crash and screenshot submissions since `cutoff`, newest first, with their builds' versions. */
async function readFeedback(client, app, cutoff) {
    const [crashes, screenshots] = await Promise.all([
        listSince(client, app, 'crash', cutoff),
        listSince(client, app, 'screenshot', cutoff),
    ]);
    const feedback = [
        ...crashes.data.map((s) => toFeedback('crash', s, crashes.included)),
        ...screenshots.data.map((s) => toFeedback('screenshot', s, screenshots.included)),
    ].sort((a, b) => b.createdDate.localeCompare(a.createdDate) || a.id.localeCompare(b.id));
    await addMarketingVersions(client, feedback);
    return feedback;
}
/** The builds' marketing versions (not includable with the submissions): one read for all. */
async function addMarketingVersions(client, feedback) {
    const ids = [...new Set(feedback.map((f) => f.build.id).filter((id) => id !== ''))];
    const versions = new Map();
    for (let start = 0; start < ids.length; start += 200) {
        const chunk = ids.slice(start, start + 200);
        const document = await client.get('/v1/builds' +
            (0,query/* toQueryString */.z)({
                filter: { id: chunk },
                include: ['preReleaseVersion'],
                fields: { builds: ['version', 'preReleaseVersion'], preReleaseVersions: ['version'] },
                limit: 200,
            }));
        const included = new json_api/* IncludedIndex */.d$(document.included ?? []);
        for (const build of document.data) {
            const preRelease = included.one(build, 'preReleaseVersion');
            versions.set(build.id, {
                number: build.attributes?.version ?? '',
                version: preRelease?.attributes?.version ?? '',
            });
        }
    }
    for (const item of feedback) {
        const known = versions.get(item.build.id);
        if (known)
            item.build = {
                id: item.build.id,
                number: known.number || item.build.number,
                version: known.version,
            };
    }
}
/** A crash submission's crash log; undefined when Apple has none for it. */
async function readCrashLog(client, id) {
    const document = await client.get(`/v1/betaFeedbackCrashSubmissions/${encodeURIComponent(id)}/crashLog${(0,query/* toQueryString */.z)({
        fields: { betaCrashLogs: ['logText'] },
    })}`);
    return document.data?.attributes?.logText ?? undefined;
}
/** The first `count` frames of the crashed thread of a crash report (`Thread N Crashed:`). */
function crashedThreadFrames(log, count = 8) {
    const lines = log.replace(/\r\n?/g, '\n').split('\n');
    const start = lines.findIndex((line) => /^Thread \d+ Crashed/.test(line));
    if (start < 0)
        return [];
    const frames = [];
    for (const line of lines.slice(start + 1)) {
        if (line.trim() === '')
            break;
        if (/^\d+\s/.test(line.trim()))
            frames.push(line.trimEnd());
        if (frames.length >= count)
            break;
    }
    return frames;
}

;// CONCATENATED MODULE: ./src/operations/feedback/feedback-since.ts

const unitMs = {
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 7 * 86_400_000,
};
/**
 * When `since` starts: a duration back from `now` (`30m`, `24h`, `7d`, `2w`), a date (`2025-06-01`,
 * midnight UTC) or a date and time (`2025-06-01T08:00:00Z`). Refused by name when it is neither,
 * or in the future.
 */
function parseSince(value, now, input = 'since') {
    const duration = /^(\d+)\s*([mhdw])$/i.exec(value);
    let cutoff;
    if (duration) {
        cutoff = now - Number(duration[1]) * (unitMs[(duration[2] ?? 'h').toLowerCase()] ?? 0);
    }
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        cutoff = Date.parse(`${value}T00:00:00Z`);
    }
    else if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
        cutoff = Date.parse(value);
    }
    else {
        cutoff = Number.NaN;
    }
    if (Number.isNaN(cutoff)) {
        throw new input_error/* InputError */.d(input, `'${value}' is neither a duration (like 24h, 7d, 30m, 2w) nor a date (like 2025-06-01 or 2025-06-01T08:00:00Z)`);
    }
    if (cutoff > now)
        throw new input_error/* InputError */.d(input, `'${value}' is in the future`);
    return cutoff;
}

;// CONCATENATED MODULE: ./src/operations/feedback/download-feedback.ts













/** A folder name that is safe on every runner's file system. */
function folderName(feedback) {
    const date = feedback.createdDate.slice(0, 19).replace(/[:]/g, '-') || 'undated';
    return `${date}-${feedback.kind}-${feedback.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
/** What feedback.json holds: everything Apple said about the feedback (the e-mail only here). */
function feedbackDocument(feedback, files) {
    return {
        id: feedback.id,
        kind: feedback.kind,
        createdDate: feedback.createdDate,
        build: {
            number: feedback.build.number,
            version: feedback.build.version,
            id: feedback.build.id,
        },
        device: { model: feedback.deviceModel, family: feedback.deviceFamily },
        osVersion: feedback.osVersion,
        appPlatform: feedback.appPlatform,
        locale: feedback.locale,
        timeZone: feedback.timeZone,
        comment: feedback.comment,
        email: feedback.email,
        files,
    };
}
/** Downloads the crash log or the images of one feedback and writes its folder. */
async function writeFeedback(context, feedback, dir) {
    const { client } = context;
    const folder = (0,external_node_path_.join)(dir, folderName(feedback));
    await (0,promises_.mkdir)(folder, { recursive: true });
    const files = [];
    if (feedback.kind === 'crash') {
        const log = await readCrashLog(client, feedback.id);
        if (log === undefined) {
            context.log.warning(`Crash ${feedback.id}: Apple has no crash log for it.`);
        }
        else {
            feedback.crashFrames = crashedThreadFrames(log);
            await (0,promises_.writeFile)((0,external_node_path_.join)(folder, 'crash.log'), log);
            files.push('crash.log');
        }
    }
    const plainHttpHost = client.baseUrl.protocol === 'http:' ? client.baseUrl.hostname : undefined;
    for (const [index, image] of feedback.screenshots.entries()) {
        const bytes = await downloadSignedUrl(image.url, {
            retry: { maxAttempts: context.api.maxAttempts },
            timeoutMs: context.api.requestTimeoutMs,
            sleep: (ms) => context.sleep(ms),
            onRetry: (message) => context.log.debug(message),
            ...(plainHttpHost ? { plainHttpHost } : {}),
        });
        const name = `screenshot-${index + 1}.png`;
        await (0,promises_.writeFile)((0,external_node_path_.join)(folder, name), bytes);
        files.push(name);
    }
    files.unshift('feedback.json');
    await (0,promises_.writeFile)((0,external_node_path_.join)(folder, 'feedback.json'), `${JSON.stringify(feedbackDocument(feedback, files), null, 2)}\n`);
    return { feedback, folder, files };
}
function summaryTable(written) {
    const shown = written.slice(0, 100);
    return {
        heading: 'Feedback',
        lines: written.length > shown.length
            ? [`${written.length} feedbacks; the newest ${shown.length} are listed.`]
            : [],
        table: {
            header: ['Date', 'Kind', 'Build', 'Device', 'OS', 'Comment', 'Files'],
            rows: shown.map(({ feedback, files }) => {
                const comment = feedback.comment.split('\n').find((line) => line.trim() !== '') ?? '';
                return [
                    feedback.createdDate.slice(0, 16).replace('T', ' '),
                    feedback.kind,
                    describeFeedbackBuild(feedback),
                    feedback.deviceModel,
                    feedback.osVersion,
                    comment.length > 80 ? `${comment.slice(0, 77)}...` : comment,
                    files.join(', '),
                ];
            }),
        },
    };
}
/**
 * Downloads testers' feedback since `since`: crash submissions with their crash logs and
 * screenshot submissions with their images, one folder each under `feedback-dir`; with
 * `create-issues`, one GitHub issue per feedback that has none yet.
 */
const downloadFeedback = (0,operation/* defineOperation */.h)({
    name: 'download-feedback',
    parse(inputs) {
        const app = (0,resolve_app/* parseAppInput */.R)(inputs);
        const since = inputs.optional('since') ?? '24h';
        const cutoff = parseSince(since, Date.now());
        const feedbackDir = inputs.outputPath('feedback-dir') ?? (0,external_node_path_.join)(inputs.tempDir, 'testflight-feedback');
        try {
            if (!(0,external_node_fs_.statSync)(feedbackDir).isDirectory()) {
                throw new input_error/* InputError */.d('feedback-dir', `'${feedbackDir}' is a file, not a folder`);
            }
        }
        catch (error) {
            if (error instanceof input_error/* InputError */.d)
                throw error; // a folder yet to be made is fine
        }
        const createIssues = inputs.boolean('create-issues', false);
        const labels = inputs.list('issue-labels');
        const token = inputs.secret('github-token');
        let issues;
        if (createIssues) {
            if (!token) {
                throw new input_error/* InputError */.d('github-token', 'it is empty, but create-issues: true needs a token that may create issues (github-token: ${{ github.token }} with permissions issues: write)');
            }
            const run = (0,github_run/* githubRunFrom */.J)(inputs.env);
            if (!run.owner || !run.repo) {
                throw new input_error/* InputError */.d('create-issues', 'GITHUB_REPOSITORY is not set: issues are created in the repository of the workflow run');
            }
            issues = { token, labels: labels.length > 0 ? labels : ['testflight-feedback'], run };
        }
        return { app, since, cutoff, feedbackDir, issues };
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const sinceDate = new Date(inputs.cutoff).toISOString();
        const feedback = await readFeedback(client, app, inputs.cutoff);
        const crashes = feedback.filter((f) => f.kind === 'crash').length;
        log.info(`${feedback.length} feedback(s) of ${app.name} since ${sinceDate}: ${crashes} crash(es), ${feedback.length - crashes} with screenshots.`);
        const written = new Array(feedback.length);
        await (0,promises_.mkdir)(inputs.feedbackDir, { recursive: true });
        await (0,concurrency/* forEachConcurrently */.D)(feedback, client.maxConcurrency, async (item, index) => {
            written[index] = await writeFeedback(context, item, inputs.feedbackDir);
        });
        if (feedback.length > 0)
            log.info(`Written under ${inputs.feedbackDir}.`);
        const plan = new shared_plan/* Plan */.cw();
        const issueNumbers = new Map();
        let alreadyFiled = 0;
        if (inputs.issues) {
            const settings = inputs.issues;
            const existing = await findFeedbackIssues(settings);
            // Oldest first, one at a time: issue numbers follow the order testers wrote in.
            for (const item of [...feedback].reverse()) {
                const number = existing.get(item.id);
                if (number !== undefined) {
                    issueNumbers.set(item.id, number);
                    alreadyFiled++;
                    continue;
                }
                plan.step(planFeedbackIssue(settings, item, (created) => issueNumbers.set(item.id, created)));
            }
            if (alreadyFiled > 0)
                log.info(`${alreadyFiled} feedback(s) already have an issue.`);
        }
        const applied = inputs.issues ? await (0,shared_plan/* applyPlan */.gj)(context, plan) : false;
        const issuesCreated = applied ? plan.changes.length : 0;
        const sections = [
            { lines: [`Since ${sinceDate}; files under ${inputs.feedbackDir}.`] },
        ];
        if (written.length > 0)
            sections.push(summaryTable(written));
        if (inputs.issues)
            sections.push((0,shared_plan/* planSection */.lA)(plan, applied, dryRun));
        return {
            result: {
                app,
                since: sinceDate,
                feedbackDir: inputs.feedbackDir,
                feedback: written.map(({ feedback: f, folder, files }) => ({
                    id: f.id,
                    kind: f.kind,
                    createdDate: f.createdDate,
                    build: { number: f.build.number, version: f.build.version },
                    deviceModel: f.deviceModel,
                    osVersion: f.osVersion,
                    folder,
                    files,
                    ...(issueNumbers.has(f.id) ? { issue: issueNumbers.get(f.id) } : {}),
                })),
                counts: { feedback: feedback.length, crashes, screenshots: feedback.length - crashes },
                ...(inputs.issues
                    ? { issues: { created: issuesCreated, alreadyFiled, plan: plan.records(), applied } }
                    : {}),
            },
            outputs: {
                'app-id': app.id,
                'feedback-count': feedback.length,
                'crash-count': crashes,
                'screenshot-count': feedback.length - crashes,
                'feedback-dir': inputs.feedbackDir,
                'issues-created': issuesCreated,
            },
            summary: {
                title: `TestFlight feedback of ${app.name}: ${feedback.length} since ${sinceDate.slice(0, 16).replace('T', ' ')} UTC`,
                sections,
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/feedback/index.ts

const operations = [downloadFeedback];


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
function defineOperation(operation) {
    return operation;
}


/***/ }),

/***/ 5099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cw: () => (/* binding */ Plan),
/* harmony export */   gj: () => (/* binding */ applyPlan),
/* harmony export */   lA: () => (/* binding */ planSection)
/* harmony export */ });
/* unused harmony export describeChange */
/* harmony import */ var _asc_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5638);
/* harmony import */ var _asc_rate_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7349);


/**
 * The writes of one run, in stages: the changes of a stage are independent of each other and run
 * concurrently; a stage starts when the one before it is done (create a group, then link testers).
 */
class Plan {
    stages = [];
    /** Adds changes as a new stage (nothing is added for an empty list). */
    stage(changes) {
        if (changes.length > 0)
            this.stages.push(changes);
        return this;
    }
    /** Adds one change as a stage of its own. */
    step(change) {
        return change ? this.stage([change]) : this;
    }
    get changes() {
        return this.stages.flat();
    }
    get isEmpty() {
        return this.stages.length === 0;
    }
    records() {
        return this.changes.map(({ kind, target, detail }) => ({
            kind,
            target,
            ...(detail ? { detail } : {}),
        }));
    }
    /** Counts per kind, e.g. { create: 3, link: 1 }. */
    counts() {
        const counts = {};
        for (const change of this.changes)
            counts[change.kind] = (counts[change.kind] ?? 0) + 1;
        return counts;
    }
    /** The stages, for `applyPlan`. */
    get orderedStages() {
        return this.stages;
    }
}
function describeChange(change) {
    return `${change.kind} ${change.target}${change.detail ? ` ${change.detail}` : ''}`;
}
/**
 * Prints the plan and, unless this is a dry run, applies it stage by stage with the client's
 * concurrency. Each applied change is reported through `context.done`, so that a failure can say
 * what had already been done. Returns whether the plan was applied.
 */
async function applyPlan(context, plan) {
    const { log } = context;
    if (plan.isEmpty) {
        log.info('Plan: nothing to change; everything is already as asked.');
        return false;
    }
    await log.group(`Plan: ${plan.changes.length} change(s)`, async () => {
        for (const change of plan.records())
            log.info(`• ${describeChange(change)}`);
    });
    // Each change is at least one write: say so before the first one when Apple's quota is short.
    const shortfall = (0,_asc_rate_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .quotaShortfall */ .CV)(context.client.rateLimit, plan.changes.length);
    if (shortfall) {
        log.warning(`The plan needs at least ${plan.changes.length} request(s) to App Store Connect, but Apple's quota for this key has ${shortfall}: some writes may be refused with 429 and retried after a wait, or fail; a re-run goes on from where it stopped.`);
    }
    if (context.dryRun) {
        log.info('dry-run: the plan above was not applied.');
        return false;
    }
    // Should a change fail, the failed run's step summary shows the whole plan, each change marked
    // done or not: the rows below are updated as the changes are applied.
    const progress = planSection(plan, false, false);
    progress.heading = 'Planned changes';
    const rows = progress.table?.rows ?? [];
    context.onFailureShow([progress]);
    const changes = plan.changes;
    for (const stage of plan.orderedStages) {
        await (0,_asc_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .forEachConcurrently */ .D)(stage, context.client.maxConcurrency, async (change) => {
            await change.apply();
            context.done(describeChange(change));
            const row = rows[changes.indexOf(change)];
            if (row)
                row[3] = 'done';
        });
    }
    return true;
}
/** A step-summary section listing the plan, marked as applied or as a dry run. */
function planSection(plan, applied, dryRun) {
    if (plan.isEmpty)
        return { heading: 'Changes', lines: ['Nothing to change: already as asked.'] };
    const state = applied ? 'done' : dryRun ? 'planned (dry run)' : 'not applied';
    const shown = plan.records().slice(0, 200);
    return {
        heading: 'Changes',
        lines: plan.changes.length > shown.length
            ? [`${plan.changes.length} changes; the first ${shown.length} are listed.`]
            : [],
        table: {
            header: ['Change', 'What', 'Details', 'State'],
            rows: shown.map((change) => [change.kind, change.target, change.detail ?? '', state]),
        },
    };
}


/***/ }),

/***/ 4224:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ resolveApp),
/* harmony export */   R: () => (/* binding */ parseAppInput)
/* harmony export */ });
/* harmony import */ var _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9678);
/* harmony import */ var _asc_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2733);
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6236);



const appFields = { apps: ['name', 'bundleId'] };
/** Reads `app`: a numeric App Store Connect app ID or a bundle ID. */
function parseAppInput(inputs) {
    const app = inputs.required('app', 'it names the app (bundle ID or numeric app ID)');
    if (!/^\d+$/.test(app) && !/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(app)) {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `'${app}' is neither a bundle ID (com.example.app) nor a numeric app ID`);
    }
    return app;
}
function toResolvedApp(app) {
    return { id: app.id, bundleId: app.attributes?.bundleId ?? '', name: app.attributes?.name ?? '' };
}
/**
 * Finds the app by numeric ID or by bundle ID. Apple's `filter[bundleId]` also returns near matches
 * (`com.example.app.widget` for `com.example.app`), so only an exact match counts.
 */
async function resolveApp(client, app) {
    if (/^\d+$/.test(app)) {
        try {
            const document = await client.get(`/v1/apps/${app}${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({ fields: appFields })}`);
            return toResolvedApp(document.data);
        }
        catch (error) {
            if (error instanceof _asc_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AscApiError */ .o && error.status === 404) {
                throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `no app with ID ${app} is visible to this API key`);
            }
            throw error;
        }
    }
    const document = await client.get(`/v1/apps${(0,_asc_query_js__WEBPACK_IMPORTED_MODULE_2__/* .toQueryString */ .z)({ filter: { bundleId: app }, fields: appFields, limit: 200 })}`);
    const exact = document.data.find((candidate) => candidate.attributes?.bundleId === app);
    if (exact)
        return toResolvedApp(exact);
    const near = document.data.map((candidate) => candidate.attributes?.bundleId).filter(Boolean);
    const hint = near.length > 0 ? `; similar bundle IDs: ${near.slice(0, 5).join(', ')}` : '';
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('app', `no app with bundle ID '${app}' is visible to this API key${hint}`);
}


/***/ }),

/***/ 6779:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   J: () => (/* binding */ githubRunFrom)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

function githubRunFrom(env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    };
}
/** An Octokit for this run's GitHub API; @actions/github is loaded only when one is needed. */
async function githubClient(token, run) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(token, { baseUrl: run.apiUrl });
}


/***/ })

};
