export const id = 11;
export const ids = [11];
export const modules = {

/***/ 980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ appleInstant),
/* harmony export */   l: () => (/* binding */ newestFirst)
/* harmony export */ });
/**
 * Apple writes dates differently by area: Pacific offsets for builds and testers
 * (`2019-04-30T17:16:21-07:00`, `-08:00` in winter), `2020-11-28T17:08:05.000+0000` in
 * provisioning, `Z` for groups. Text order is not time order across those forms or across a change
 * of the Pacific offset, so dates are compared as instants, parsed here.
 */
function appleInstant(text) {
    if (!text)
        return undefined;
    // `+0000` (no colon) is not ISO 8601's extended form: write it as `+00:00` before parsing.
    const normal = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const ms = Date.parse(normal);
    return Number.isFinite(ms) ? ms : undefined;
}
/** Orders dates newest first; an unknown date sorts last. */
function newestFirst(a, b) {
    const [x, y] = [appleInstant(a), appleInstant(b)];
    if (x === undefined)
        return y === undefined ? 0 : 1;
    if (y === undefined)
        return -1;
    return y - x;
}


/***/ }),

/***/ 6492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ splitCsvLine)
/* harmony export */ });
/**
 * Splits one CSV line into trimmed fields. A field that starts with `"` is quoted: it may hold
 * commas, and `""` stands for one quote. Quoted fields cannot span lines (tester lists never need it).
 */
function splitCsvLine(line) {
    const fields = [];
    let index = 0;
    for (;;) {
        while (line[index] === ' ' || line[index] === '\t')
            index++;
        let field;
        if (line[index] === '"') {
            const closed = readQuoted(line, index + 1);
            if (closed === undefined)
                return { ok: false, problem: 'a quoted field has no closing quote' };
            field = closed.value;
            index = closed.end;
            while (line[index] === ' ' || line[index] === '\t')
                index++;
            if (index < line.length && line[index] !== ',') {
                return { ok: false, problem: 'unexpected text after a closing quote' };
            }
        }
        else {
            const comma = line.indexOf(',', index);
            const end = comma === -1 ? line.length : comma;
            field = line.slice(index, end).trim();
            index = end;
        }
        fields.push(field);
        if (index >= line.length)
            return { ok: true, fields };
        index++; // the comma
    }
}
function readQuoted(line, start) {
    let value = '';
    let index = start;
    while (index < line.length) {
        const char = line[index];
        if (char === '"') {
            if (line[index + 1] === '"') {
                value += '"';
                index += 2;
                continue;
            }
            return { value, end: index + 1 };
        }
        value += char;
        index++;
    }
    return undefined;
}


/***/ }),

/***/ 6299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   W8: () => (/* binding */ throwIfProblems),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6236);

const maxListed = 10;
const maxQuotedLength = 60;
const plurals = { line: 'lines', entry: 'entries' };
/**
 * The problems found in one source of an input (the inline text or the file), each tied to the
 * line or entry it was found on, summarised on a single line.
 */
class ProblemList {
    unit;
    items = [];
    wholeSourceProblem;
    constructor(unit = 'line') {
        this.unit = unit;
    }
    add(position, problem) {
        this.items.push({ position, problem });
    }
    /** For a problem that makes the whole source unreadable (e.g. a malformed plist). */
    failWhole(problem) {
        this.wholeSourceProblem ??= problem;
    }
    get isEmpty() {
        return this.items.length === 0 && this.wholeSourceProblem === undefined;
    }
    /** E.g. "2 bad lines: line 3: 'bob@' is not an email address; line 7: …". */
    describe() {
        if (this.wholeSourceProblem !== undefined)
            return this.wholeSourceProblem;
        const sorted = [...this.items].sort((a, b) => a.position - b.position);
        const count = sorted.length;
        const listed = sorted
            .slice(0, maxListed)
            .map(({ position, problem }) => `${this.unit} ${position}: ${problem}`);
        if (count > maxListed)
            listed.push(`and ${count - maxListed} more`);
        return `${count} bad ${count === 1 ? this.unit : plurals[this.unit]}: ${listed.join('; ')}`;
    }
}
/**
 * Throws one InputError for all sources that have problems: the first such input names the error,
 * the others are appended as "; input '<name>': …", so nothing is hidden and the message stays one line.
 */
function throwIfProblems(sources) {
    const failing = sources.filter(({ problems }) => !problems.isEmpty);
    const [first, ...others] = failing;
    if (first === undefined)
        return;
    const rest = others.map(({ input, problems }) => `; input '${input}': ${problems.describe()}`);
    throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(first.input, first.problems.describe() + rest.join(''));
}
/** Quotes user text for a message: single line, control characters escaped, long text shortened. */
function quote(text) {
    const visible = text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => char === '\t' ? '\\t' : char === '\n' ? '\\n' : char === '\r' ? '\\r' : '?');
    const chars = [...visible];
    const short = chars.length > maxQuotedLength ? chars.slice(0, maxQuotedLength - 1).join('') + '…' : visible;
    return `'${short}'`;
}


/***/ }),

/***/ 996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ contentLines),
/* harmony export */   F: () => (/* binding */ stripBom)
/* harmony export */ });
function stripBom(text) {
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
/** Lines that carry data: blank lines and lines starting with `#` are skipped; CRLF and a BOM are fine. */
function contentLines(text) {
    return stripBom(text)
        .split(/\r\n|\r|\n/)
        .map((line, index) => ({ lineNumber: index + 1, text: line.replace(/^ +| +$/g, '') }))
        .filter(({ text }) => {
        const visible = text.trim();
        return visible !== '' && !visible.startsWith('#');
    });
}


/***/ }),

/***/ 1011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
;// CONCATENATED MODULE: ./src/operations/shared/brief-list.ts
/** "a, b, c and 7 more": a list short enough for one log line or table cell. */
function briefList(items, max = 5) {
    if (items.length <= max)
        return items.join(', ');
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/input-formats/csv-line.ts
var csv_line = __webpack_require__(6492);
// EXTERNAL MODULE: ./src/input-formats/email.ts
var input_formats_email = __webpack_require__(4689);
// EXTERNAL MODULE: ./src/input-formats/problem-list.ts
var problem_list = __webpack_require__(6299);
;// CONCATENATED MODULE: ./src/input-formats/tester-csv.ts



/** first,last,email and fastlane's First,Last,Email,Groups. */
const headerlessLayout = {
    columns: ['first', 'last', 'email', 'groups'],
    description: 'first,last,email[,groups]',
};
const headerWords = new Map(Object.entries({
    first: 'first',
    firstname: 'first',
    givenname: 'first',
    last: 'last',
    lastname: 'last',
    surname: 'last',
    familyname: 'last',
    email: 'email',
    emailaddress: 'email',
    mail: 'email',
    group: 'groups',
    groups: 'groups',
    betagroups: 'groups',
    testergroups: 'groups',
}));
/**
 * Recognises a header line (case-insensitive, e.g. "Email,First Name,Last Name,Groups"): no field
 * looks like an address and one field names the email column. Unknown columns are ignored.
 */
function readCsvHeader(line) {
    const split = (0,csv_line/* splitCsvLine */.X)(line);
    if (!split.ok || split.fields.some((field) => field.includes('@')))
        return undefined;
    const columns = split.fields.map((field) => headerWords.get(field.toLowerCase().replace(/[^a-z]/g, '')));
    const named = columns.filter((column) => column !== undefined);
    if (!named.includes('email') || new Set(named).size !== named.length)
        return undefined;
    return { columns, description: split.fields.join(',') };
}
/** Reads the fields of a CSV line laid out as `layout`; a problem text when they do not fit. */
function testerFromCsvFields(fields, layout) {
    const emailIndex = layout.columns.indexOf('email');
    if (fields.length > layout.columns.length || fields.length <= emailIndex) {
        return { problem: `expected ${layout.description} but found ${fields.length} fields` };
    }
    const field = (column) => {
        const index = layout.columns.indexOf(column);
        const value = index === -1 ? '' : (fields[index] ?? '').trim();
        return value === '' ? undefined : value;
    };
    const email = field('email');
    if (email === undefined)
        return { problem: 'the email field is empty' };
    if (!(0,input_formats_email/* isEmail */.x)(email))
        return { problem: `${(0,problem_list/* quote */.hD)(email)} is not an email address` };
    const groups = (field('groups') ?? '')
        .split(';')
        .map((group) => group.trim())
        .filter((group) => group !== '');
    const tester = { email };
    const firstName = field('first');
    const lastName = field('last');
    if (firstName !== undefined)
        tester.firstName = firstName;
    if (lastName !== undefined)
        tester.lastName = lastName;
    if (groups.length > 0)
        tester.groups = groups;
    return { tester };
}

// EXTERNAL MODULE: ./src/input-formats/text-lines.ts
var text_lines = __webpack_require__(996);
;// CONCATENATED MODULE: ./src/input-formats/testers.ts






/**
 * Parses the `testers` input and/or the `testers-file` content. Each meaningful line is one of:
 *
 * - a CSV row `first,last,email` or fastlane's `First,Last,Email,Groups` (groups separated by `;`):
 *   a line is a CSV row when its quote-aware comma split gives 3 or 4 fields, the 3rd is an email
 *   address and neither of the first two contains `@`. A header as the first line of a source
 *   (e.g. `Email,First Name,Last Name`) switches that source to its column order.
 * - a list of `email` / `Display Name <email>` items separated by commas and/or semicolons.
 *
 * A line with several comma-separated fields, no `<`, and a non-empty field without `@` was meant
 * as a CSV row, so it is reported as one ("expected first,last,email[,groups] but found 5 fields").
 * The same address twice (case-insensitively, across both sources) is merged into the first one:
 * its names are kept (missing ones filled from later entries), groups are united.
 *
 * Throws an InputError listing every bad line of both sources.
 */
function parseTesters(inline, file) {
    const sources = [{ input: 'testers', label: 'testers', content: inline }];
    if (file)
        sources.push({ input: 'testers-file', label: file.name, content: file.content });
    const byKey = new Map();
    const duplicateSources = new Map();
    const reports = sources.map(({ input, label, content }) => {
        const problems = new problem_list/* ProblemList */.Ku();
        for (const { lineNumber, tester } of readTesterLines(content, problems)) {
            const entry = {
                ...tester,
                emailKey: tester.email.toLowerCase(),
                source: `${label} line ${lineNumber}`,
            };
            const first = byKey.get(entry.emailKey);
            if (first === undefined) {
                byKey.set(entry.emailKey, entry);
            }
            else {
                mergeInto(first, entry);
                const seenAt = duplicateSources.get(entry.emailKey) ?? [first.source];
                duplicateSources.set(entry.emailKey, [...seenAt, entry.source]);
            }
        }
        return { input, problems };
    });
    (0,problem_list/* throwIfProblems */.W8)(reports);
    const duplicates = [...duplicateSources].map(([key, seenAt]) => ({
        email: byKey.get(key)?.email ?? key,
        sources: seenAt,
    }));
    return { testers: [...byKey.values()], duplicates };
}
function mergeInto(first, later) {
    if (first.firstName === undefined && later.firstName !== undefined) {
        first.firstName = later.firstName;
    }
    if (first.lastName === undefined && later.lastName !== undefined)
        first.lastName = later.lastName;
    if (later.groups)
        first.groups = [...new Set([...(first.groups ?? []), ...later.groups])];
}
function readTesterLines(content, problems) {
    const lines = (0,text_lines/* contentLines */.$)(content);
    const header = lines[0] === undefined ? undefined : readCsvHeader(lines[0].text);
    const found = [];
    for (const { lineNumber, text } of header ? lines.slice(1) : lines) {
        const read = header ? readCsvRow(text, header) : readHeaderlessLine(text);
        if ('problem' in read)
            problems.add(lineNumber, read.problem);
        else
            found.push(...read.testers.map((tester) => ({ lineNumber, tester })));
    }
    return found;
}
function readCsvRow(text, layout) {
    const split = (0,csv_line/* splitCsvLine */.X)(text);
    if (!split.ok)
        return { problem: split.problem };
    const read = testerFromCsvFields(split.fields, layout);
    return 'problem' in read ? read : { testers: [read.tester] };
}
function readHeaderlessLine(text) {
    const split = (0,csv_line/* splitCsvLine */.X)(text);
    const hasAngle = text.includes('<');
    if (!split.ok)
        return hasAngle ? readList(text) : { problem: split.problem };
    const fields = split.fields;
    const [first = '', last = '', email = ''] = fields;
    const namesLookRight = !first.includes('@') && !last.includes('@');
    if ((fields.length === 3 || fields.length === 4) && namesLookRight && (0,input_formats_email/* isEmail */.x)(email)) {
        return readCsvRow(text, headerlessLayout);
    }
    const meantAsCsv = !hasAngle && fields.length >= 2 && fields.some((field) => field !== '' && !field.includes('@'));
    if (meantAsCsv) {
        if ((fields.length === 3 || fields.length === 4) && namesLookRight) {
            return readCsvRow(text, headerlessLayout);
        }
        return {
            problem: `expected ${headerlessLayout.description} but found ${fields.length} fields`,
        };
    }
    return readList(text);
}
/** `email` and `Display Name <email>` items separated by commas and/or semicolons. */
function readList(text) {
    const testers = [];
    const problems = [];
    for (const item of splitListItems(text)) {
        const read = readListItem(item);
        if ('problem' in read)
            problems.push(read.problem);
        else
            testers.push(read.tester);
    }
    return problems.length > 0 ? { problem: problems.join(', ') } : { testers };
}
function readListItem(item) {
    const named = /^(.*?)\s*<([^<>]*)>$/.exec(item);
    if (!named) {
        return (0,input_formats_email/* isEmail */.x)(item)
            ? { tester: { email: item } }
            : { problem: `${(0,problem_list/* quote */.hD)(item)} is not an email address` };
    }
    const email = (named[2] ?? '').trim();
    if (!(0,input_formats_email/* isEmail */.x)(email))
        return { problem: `${(0,problem_list/* quote */.hD)(email)} is not an email address` };
    return { tester: { email, ...namesFromDisplayName(named[1] ?? '') } };
}
/** "First Last" → first word and the rest; "Last, First" → the other way round. */
function namesFromDisplayName(raw) {
    const name = raw
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim();
    const comma = name.indexOf(',');
    const [firstName, lastName] = comma === -1
        ? [name.split(/\s+/)[0] ?? '', name.replace(/^\S+\s*/, '')]
        : [name.slice(comma + 1).trim(), name.slice(0, comma).trim()];
    const names = {};
    if (firstName !== '')
        names.firstName = firstName;
    if (lastName !== '')
        names.lastName = lastName;
    return names;
}
/** Splits on commas and semicolons that are outside double quotes and angle brackets. */
function splitListItems(text) {
    const items = [];
    let current = '';
    let inQuotes = false;
    let inAngles = false;
    for (const char of text) {
        if (char === '"' && !inAngles)
            inQuotes = !inQuotes;
        else if (char === '<' && !inQuotes)
            inAngles = true;
        else if (char === '>' && !inQuotes)
            inAngles = false;
        if ((char === ',' || char === ';') && !inQuotes && !inAngles) {
            items.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    items.push(current);
    return items.map((item) => item.trim()).filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./src/operations/shared/read-testers-input.ts


/**
 * Reads `testers` and `testers-file` (a path relative to GITHUB_WORKSPACE, else the cwd) into one
 * list of testers. At least one of the two must name a tester.
 */
function readTestersInput(inputs) {
    const inline = inputs.optional('testers') ?? '';
    const file = inputs.file('testers-file');
    const parsed = parseTesters(inline, file);
    if (parsed.testers.length === 0) {
        throw new input_error/* InputError */.d(file === undefined ? 'testers' : 'testers-file', 'it names no tester; give email addresses, `First Last <email>` or `first,last,email` lines');
    }
    return parsed;
}
/** One line per address given more than once, for a warning. */
function describeDuplicates(duplicates) {
    return duplicates.map(({ email, sources }) => `${email} is listed ${sources.length} times (${sources.join(', ')})`);
}

// EXTERNAL MODULE: ./src/operations/shared/resolve-app.ts
var resolve_app = __webpack_require__(4224);
// EXTERNAL MODULE: ./src/operations/shared/resolve-groups.ts
var resolve_groups = __webpack_require__(4883);
// EXTERNAL MODULE: ./src/asc/pagination.ts
var pagination = __webpack_require__(3105);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-testers.ts

/**
 * How many characters of addresses one `filter[email]` may carry: with the rest of the query the
 * URL stays near 4 KB, well under the 8 KB that proxies and servers commonly accept.
 */
const emailFilterBudget = 4000;
const testerFields = { betaTesters: ['email'] };
function toKnownTester(tester) {
    const email = tester.attributes?.email ?? '';
    return { id: tester.id, email, emailKey: email.toLowerCase() };
}
/** Splits items into groups of at most `size`. */
function inBatches(items, size) {
    const batches = [];
    for (let i = 0; i < items.length; i += size)
        batches.push(items.slice(i, i + size));
    return batches;
}
/**
 * Splits addresses into `filter[email]` lists: each at most `budget` characters once URL-encoded
 * and at most one page of answers long, so that every list is answered by one request.
 */
function emailFilterChunks(emails, budget = emailFilterBudget) {
    const chunks = [];
    let current = [];
    let length = 0;
    for (const email of emails) {
        const cost = encodeURIComponent(email).length + 1;
        if (current.length > 0 && (length + cost > budget || current.length >= pagination/* maxPageSize */.Nt)) {
            chunks.push(current);
            current = [];
            length = 0;
        }
        current.push(email);
        length += cost;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/**
 * The addresses to send for the given testers: each as given and lower-cased, so that a match is
 * found whether or not Apple's filter ignores case.
 */
function filterSpellings(emails) {
    return [...new Set(emails.flatMap((email) => [email, email.toLowerCase()]))];
}
/**
 * Finds existing testers by email with a few bulk requests (comma-separated `filter[email]` lists,
 * sent concurrently; the client caps how many are in flight). With `appId`, only testers of that
 * app are found. Returns the testers by lower-cased email.
 */
async function findTestersByEmail(client, emails, scope = {}) {
    const wanted = new Set(emails.map((email) => email.toLowerCase()));
    const pages = await Promise.all(emailFilterChunks(filterSpellings(emails)).map((chunk) => (0,pagination/* collectAll */._U)(client, '/v1/betaTesters', {
        filter: { email: chunk, apps: scope.appId },
        fields: testerFields,
    })));
    const found = new Map();
    for (const tester of pages.flatMap((page) => page.data).map(toKnownTester)) {
        // Apple's filter may answer near matches; only the exact address (any case) counts.
        if (wanted.has(tester.emailKey) && !found.has(tester.emailKey))
            found.set(tester.emailKey, tester);
    }
    return found;
}
/** Every member of a beta group (paginated listing), by lower-cased email. */
async function listGroupMembers(client, groupId) {
    const { data } = await (0,pagination/* collectAll */._U)(client, `/v1/betaGroups/${groupId}/betaTesters`, {
        fields: testerFields,
    });
    return new Map(data.map(toKnownTester).map((tester) => [tester.emailKey, tester]));
}
/** The members of each group, read concurrently, by group id. */
async function listMembersOfGroups(client, groups) {
    const members = await Promise.all(groups.map((group) => listGroupMembers(client, group.id)));
    return new Map(groups.map((group, index) => [group.id, members[index] ?? new Map()]));
}

// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
;// CONCATENATED MODULE: ./src/operations/shared/tester-groups.ts



/** The input a tester entry came from: `testers` or `testers-file`. */
function testerInputName(tester) {
    return tester.source.startsWith('testers line ') ? 'testers' : 'testers-file';
}
/**
 * Resolves `group` and the groups column of the testers (fastlane's CSV) against the app's groups.
 * An unknown name is an input error naming the input it came from.
 */
function assignTesterGroups(groups, groupNames, testers, app) {
    const commonGroups = (0,resolve_groups/* pickGroupsByName */._n)(groups, groupNames, app);
    const byName = new Map(groups.map((group) => [group.attributes?.name ?? '', group]));
    const unknown = new Map();
    for (const tester of testers) {
        for (const name of tester.groups ?? []) {
            if (!byName.has(name))
                unknown.set(name, [...(unknown.get(name) ?? []), tester]);
        }
    }
    const [firstUnknown] = unknown;
    if (firstUnknown) {
        const [, [firstTester]] = firstUnknown;
        try {
            (0,resolve_groups/* pickGroupsByName */._n)(groups, [...unknown.keys()], app);
        }
        catch (error) {
            const sources = [...unknown.values()].flat().map((tester) => tester.source);
            const problem = error instanceof input_error/* InputError */.d ? error.problem : String(error);
            throw new input_error/* InputError */.d(testerInputName(firstTester), `its groups column names a group that does not exist (${briefList(sources, 3)}): ${problem}`);
        }
    }
    const groupsOf = new Map();
    const allGroups = new Map(commonGroups.map((group) => [group.id, group]));
    for (const tester of testers) {
        const own = (tester.groups ?? []).map((name) => byName.get(name));
        const mine = new Map([...commonGroups, ...own].map((group) => [group.id, group]));
        for (const group of mine.values())
            allGroups.set(group.id, group);
        groupsOf.set(tester.emailKey, [...mine.values()]);
    }
    return { commonGroups, groupsOf, allGroups: [...allGroups.values()] };
}
function groupName(group) {
    return group.attributes?.name ?? group.id;
}

;// CONCATENATED MODULE: ./src/operations/shared/internal-testers.ts






const isInternalGroup = (group) => group.attributes?.isInternalGroup === true;
/** The team's users among `emails`, by lower-cased address; undefined when the key may not read users (403). */
async function findTeamUsers(client, emails) {
    try {
        const pages = await Promise.all(emailFilterChunks([...new Set(emails)]).map((chunk) => (0,pagination/* collectAll */._U)(client, '/v1/users', {
            filter: { username: chunk },
            fields: { users: ['username'] },
        })));
        return new Set(pages
            .flatMap((page) => page.data)
            .map((user) => (user.attributes?.username ?? '').toLowerCase()));
    }
    catch (error) {
        if (error instanceof errors/* AscApiError */.o && error.status === 403)
            return undefined;
        throw error;
    }
}
function notTeamUsersMessage(group, emails) {
    return (`${briefList(emails, 5)} ${emails.length === 1 ? 'is not a user' : 'are not users'} of the team in App Store Connect, ` +
        `and the internal group '${groupName(group)}' takes only team users (Apple refuses anyone else); ` +
        'invite them first (operation: invite-user), or add them to an external group');
}
/**
 * Refuses, before any write, testers bound for an internal group who are not users of the team,
 * by address and naming the group. Returns whether the check could be made: a key that may not
 * read users (403) goes on, and `explainInternalRefusal` explains Apple's refusal if it comes.
 */
async function checkInternalTesters(client, log, placements) {
    const bound = placements.filter((p) => p.missing.some(isInternalGroup));
    if (bound.length === 0)
        return true;
    const users = await findTeamUsers(client, bound.map((p) => p.tester.email));
    if (!users) {
        log.warning(`The API key may not read the team's users (403), so the ${bound.length} tester(s) for internal groups could not be checked beforehand; Apple refuses any who is not a user of the team.`);
        return false;
    }
    const strangers = bound.filter((p) => !users.has(p.tester.emailKey));
    const [first] = strangers;
    if (!first)
        return true;
    const group = first.missing.find(isInternalGroup);
    const inGroup = strangers
        .filter((p) => p.missing.some((g) => g.id === group.id))
        .map((p) => p.tester.email);
    throw new input_error/* InputError */.d(testerInputName(first.tester), notTeamUsersMessage(group, inGroup));
}
/**
 * Runs a write that puts testers into `group`; when the group is internal and Apple refuses it
 * (409/422), the refusal is explained in the terms of `checkInternalTesters`.
 */
async function explainInternalRefusal(group, emails, write) {
    try {
        return await write();
    }
    catch (error) {
        if (group && error instanceof errors/* AscApiError */.o && (error.status === 409 || error.status === 422)) {
            throw new Error(`${notTeamUsersMessage(group, emails)}. Apple answered: ${error.message}`, {
                cause: error,
            });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/operations/testflight/add-testers.ts










/** Testers linked to a group per request (the linkage POST takes many ids). */
const linkBatchSize = 100;
function parse(inputs) {
    const app = (0,resolve_app/* parseAppInput */.R)(inputs);
    const groups = inputs.list('group');
    const { testers, duplicates } = readTestersInput(inputs);
    if (groups.length === 0) {
        const withoutGroup = testers.filter((tester) => !tester.groups?.length);
        if (withoutGroup.length > 0) {
            throw input_reader/* InputReader */.i.empty('group', `${withoutGroup.length} tester(s) have no groups column to say where they go (${briefList(withoutGroup.map((tester) => `${tester.email} from ${tester.source}`), 3)}); name the beta group(s)`);
        }
    }
    return { app, groups, testers, duplicates };
}
/** The member found for this address in any of the groups read. */
function memberAnywhere(members, emailKey) {
    for (const groupMembers of members.values()) {
        const member = groupMembers.get(emailKey);
        if (member)
            return member;
    }
    return undefined;
}
async function placeTesters(client, testers, groupsOf, members) {
    const placements = testers.map((tester) => {
        const groups = groupsOf.get(tester.emailKey) ?? [];
        const missing = groups.filter((group) => !members.get(group.id)?.has(tester.emailKey));
        const existing = memberAnywhere(members, tester.emailKey);
        return { tester, groups, missing, ...(existing ? { existing } : {}) };
    });
    const unknown = placements.filter((p) => p.missing.length > 0 && !p.existing);
    if (unknown.length > 0) {
        const found = await findTestersByEmail(client, unknown.map((p) => p.tester.email));
        for (const placement of unknown) {
            const existing = found.get(placement.tester.emailKey);
            if (existing)
                placement.existing = existing;
        }
    }
    return placements;
}
function groupLinkage(groups) {
    return { data: groups.map((group) => ({ type: 'betaGroups', id: group.id })) };
}
function createTesterChange(client, placement, created, internalUnchecked) {
    const { tester, missing } = placement;
    const body = {
        data: {
            type: 'betaTesters',
            attributes: {
                email: tester.email,
                ...(tester.firstName !== undefined ? { firstName: tester.firstName } : {}),
                ...(tester.lastName !== undefined ? { lastName: tester.lastName } : {}),
            },
            relationships: { betaGroups: groupLinkage(missing) },
        },
    };
    // Creating the tester with its groups adds it to all of them in one request.
    // A tester found by its e-mail (a lost answer, or a racing run that created it first) is made a
    // member of the groups asked for: linking is idempotent, so a member already there stays so.
    const recover = async () => {
        const found = (await findTestersByEmail(client, [tester.email])).get(tester.emailKey);
        if (!found)
            return undefined;
        for (const group of missing) {
            const linkage = {
                data: [{ type: 'betaTesters', id: found.id }],
            };
            await client.post(`/v1/betaGroups/${group.id}/relationships/betaTesters`, linkage);
        }
        return { data: { type: 'betaTesters', id: found.id } };
    };
    return {
        kind: 'create',
        target: `tester ${tester.email}`,
        detail: `in ${missing.map((group) => `'${groupName(group)}'`).join(', ')}`,
        apply: async () => {
            const document = await explainInternalRefusal(internalUnchecked ? missing.find(isInternalGroup) : undefined, [tester.email], () => client.post('/v1/betaTesters', body, { recover }));
            if (document?.data.id)
                created.set(tester.emailKey, document.data.id);
        },
    };
}
function linkChanges(client, placements, internalUnchecked) {
    const byGroup = new Map();
    for (const { existing, missing } of placements) {
        if (!existing)
            continue;
        for (const group of missing) {
            const entry = byGroup.get(group.id) ?? { group, testers: [] };
            entry.testers.push(existing);
            byGroup.set(group.id, entry);
        }
    }
    return [...byGroup.values()].flatMap(({ group, testers }) => inBatches(testers, linkBatchSize).map((batch) => {
        const body = {
            data: batch.map((tester) => ({ type: 'betaTesters', id: tester.id })),
        };
        return {
            kind: 'link',
            target: `${batch.length} tester(s): ${briefList(batch.map((tester) => tester.email), 3)}`,
            detail: `to '${groupName(group)}'`,
            apply: async () => {
                await explainInternalRefusal(internalUnchecked && isInternalGroup(group) ? group : undefined, batch.map((tester) => tester.email), () => client.post(`/v1/betaGroups/${group.id}/relationships/betaTesters`, body));
            },
        };
    }));
}
function tallyGroups(groups, placements) {
    return groups.map((group) => {
        const assigned = placements.filter((p) => p.groups.some((g) => g.id === group.id));
        const adding = assigned.filter((p) => p.missing.some((g) => g.id === group.id));
        return {
            id: group.id,
            name: groupName(group),
            added: adding.filter((p) => p.existing).length,
            created: adding.filter((p) => !p.existing).length,
            alreadyMembers: assigned.length - adding.length,
        };
    });
}
const addTesters = (0,operation/* defineOperation */.h)({
    name: 'add-testers',
    parse,
    async run(context, inputs) {
        const { client, log } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const { groupsOf, allGroups } = assignTesterGroups(await (0,resolve_groups/* listBetaGroups */.h$)(client, app), inputs.groups, inputs.testers, app);
        for (const line of describeDuplicates(inputs.duplicates)) {
            log.warning(`Tester listed more than once, added once: ${line}`);
        }
        const members = await listMembersOfGroups(client, allGroups);
        const placements = await placeTesters(client, inputs.testers, groupsOf, members);
        // Internal groups take only users of the team: checked before any write.
        const internalChecked = await checkInternalTesters(client, log, placements);
        const toCreate = placements.filter((p) => p.missing.length > 0 && !p.existing);
        const toLink = placements.filter((p) => p.missing.length > 0 && p.existing);
        const alreadyPresent = placements.filter((p) => p.missing.length === 0);
        log.info(`${inputs.testers.length} tester(s) for ${allGroups.map((g) => `'${groupName(g)}'`).join(', ')}: ` +
            `${toLink.length} to add, ${toCreate.length} to create, ${alreadyPresent.length} already there`);
        const created = new Map();
        const plan = new shared_plan/* Plan */.cw().stage([
            ...toCreate.map((placement) => createTesterChange(client, placement, created, !internalChecked)),
            ...linkChanges(client, toLink, !internalChecked),
        ]);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const describe = (p, id) => ({
            email: p.tester.email,
            id: id ?? null,
            groups: p.missing.map(groupName),
        });
        const tallies = tallyGroups(allGroups, placements);
        const addedCount = toLink.length + toCreate.length;
        return {
            result: {
                app,
                groups: allGroups.map((group) => ({ id: group.id, name: groupName(group) })),
                requested: inputs.testers.length,
                added: toLink.map((p) => describe(p, p.existing?.id)),
                created: toCreate.map((p) => describe(p, created.get(p.tester.emailKey))),
                alreadyPresent: alreadyPresent.map((p) => p.tester.email),
                duplicates: inputs.duplicates,
                byGroup: tallies,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'app-id': app.id,
                'group-ids': allGroups.map((group) => group.id),
                'testers-added': addedCount,
                'testers-created': toCreate.length,
                'testers-already-present': alreadyPresent.length,
            },
            summary: {
                title: `Testers for ${allGroups.map(groupName).join(', ')} (${app.bundleId})`,
                sections: [
                    {
                        // The same words as the table's columns, so that the counts agree: existing testers
                        // added to a group, new testers created in it, and those already members.
                        lines: [
                            `${addedCount} tester(s) ${context.dryRun ? 'to add (dry run)' : 'added'}: ` +
                                `${toLink.length} existing tester(s) added to groups, ${toCreate.length} new tester(s) created; ` +
                                `${alreadyPresent.length} already in every group asked.`,
                            ...describeDuplicates(inputs.duplicates).map((line) => `Listed more than once, added once: ${line}`),
                        ],
                        table: {
                            header: ['Group', 'Existing testers added', 'New testers created', 'Already members'],
                            align: [undefined, 'right', 'right', 'right'],
                            rows: tallies.map((t) => [
                                t.name,
                                String(t.added),
                                String(t.created),
                                String(t.alreadyMembers),
                            ]),
                        },
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/report/step-summary.ts
var step_summary = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/operations/testflight/list-groups.ts




/** on, off, or unknown when Apple sent no value. */
function onOff(value) {
    return value === true ? 'on' : value === false ? 'off' : 'unknown';
}
function describeGroup(group) {
    const a = group.attributes ?? {};
    return {
        id: group.id,
        name: a.name ?? '',
        internal: a.isInternalGroup ?? false,
        hasAccessToAllBuilds: a.hasAccessToAllBuilds ?? null,
        publicLinkEnabled: a.publicLinkEnabled ?? null,
        publicLink: a.publicLinkEnabled ? (a.publicLink ?? null) : null,
        publicLinkLimit: a.publicLinkLimitEnabled ? (a.publicLinkLimit ?? null) : null,
        feedbackEnabled: a.feedbackEnabled ?? null,
        createdDate: a.createdDate ?? null,
    };
}
const listGroups = (0,operation/* defineOperation */.h)({
    name: 'list-groups',
    parse: (inputs) => ({ app: (0,resolve_app/* parseAppInput */.R)(inputs), groups: inputs.list('group') }),
    async run({ client, log }, inputs) {
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const all = await (0,resolve_groups/* listBetaGroups */.h$)(client, app);
        const groups = (inputs.groups.length > 0 ? (0,resolve_groups/* pickGroupsByName */._n)(all, inputs.groups, app) : all).map(describeGroup);
        log.info(`${groups.length} beta group(s) in ${app.name} (${app.bundleId}):`);
        for (const group of groups) {
            log.info(`  ${group.name} [${group.internal ? 'internal' : 'external'}] ${group.publicLink ?? ''}`.trimEnd());
        }
        return {
            result: { app, groups, count: groups.length },
            outputs: {
                'app-id': app.id,
                'group-ids': groups.map((group) => group.id),
                'group-count': groups.length,
            },
            summary: {
                title: `Beta groups of ${app.name} (${app.bundleId})`,
                sections: [
                    {
                        table: {
                            header: ['Group', 'Type', 'Public link', 'Feedback', 'Created'],
                            rows: groups.map((group) => [
                                group.name,
                                group.internal ? 'internal' : 'external',
                                (0,step_summary/* linkCell */.Zi)(group.publicLink ?? '—', group.publicLink),
                                onOff(group.feedbackEnabled),
                                group.createdDate?.slice(0, 10) ?? '—',
                            ]),
                        },
                    },
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/shared/group-settings.ts


/** Apple's bounds for the number of testers a public link admits. */
const publicLinkLimitRange = { min: 1, max: 10_000 };
/** `group`: exactly one beta group name. */
function parseGroupName(inputs) {
    const names = inputs.requiredList('group', 'it names the beta group');
    const [name] = names;
    if (names.length > 1) {
        throw new input_error/* InputError */.d('group', `it names ${names.length} groups (${names.map((n) => `'${n}'`).join(', ')}); this operation takes exactly one`);
    }
    return name;
}
/**
 * Reads `public-link-enabled`, `public-link-limit` (which turns the limit on),
 * `public-link-limit-enabled` and `feedback-enabled`, refusing combinations that contradict each
 * other or an internal group (which never has a public link).
 */
function parseGroupSettings(inputs, internal) {
    const publicLinkEnabled = inputs.optionalBoolean('public-link-enabled');
    const publicLinkLimit = inputs.optionalInteger('public-link-limit', publicLinkLimitRange);
    let publicLinkLimitEnabled = inputs.optionalBoolean('public-link-limit-enabled');
    const feedbackEnabled = inputs.optionalBoolean('feedback-enabled');
    if (publicLinkLimit !== undefined) {
        if (publicLinkEnabled === false) {
            throw new input_error/* InputError */.d('public-link-limit', 'it limits the public link, but public-link-enabled is false; drop one of the two');
        }
        if (publicLinkLimitEnabled === false) {
            throw new input_error/* InputError */.d('public-link-limit', 'it sets a limit, but public-link-limit-enabled is false; drop one of the two');
        }
        publicLinkLimitEnabled = true;
    }
    if (internal === true) {
        refuseInternalPublicLink({ publicLinkEnabled, publicLinkLimitEnabled, publicLinkLimit }, 'internal-group is true');
    }
    return {
        ...(publicLinkEnabled !== undefined ? { publicLinkEnabled } : {}),
        ...(publicLinkLimitEnabled !== undefined ? { publicLinkLimitEnabled } : {}),
        ...(publicLinkLimit !== undefined ? { publicLinkLimit } : {}),
        ...(feedbackEnabled !== undefined ? { feedbackEnabled } : {}),
    };
}
/** Internal groups (App Store Connect users only) cannot have a public link. */
function refuseInternalPublicLink(settings, why) {
    if (settings.publicLinkEnabled) {
        throw new input_error/* InputError */.d('public-link-enabled', `${why}, and internal groups cannot have a public link`);
    }
    if (settings.publicLinkLimitEnabled) {
        throw new input_error/* InputError */.d(settings.publicLinkLimit !== undefined ? 'public-link-limit' : 'public-link-limit-enabled', `${why}, and internal groups cannot have a public link (nor its limit)`);
    }
}
/** `internal-group` cannot change once the group exists: Apple does not allow it. */
function refuseInternalChange(group, internal) {
    const current = group.attributes?.isInternalGroup ?? false;
    if (internal === undefined || internal === current)
        return;
    throw new input_error/* InputError */.d('internal-group', `'${groupName(group)}' is ${current ? 'an internal' : 'an external'} group and Apple does not allow changing that; delete the group and create it again, or use another name`);
}
/** The given settings that differ from the group's, in a stable order. */
function settingChanges(group, wanted) {
    const current = group.attributes ?? {};
    const changes = [];
    for (const name of [
        'publicLinkEnabled',
        'publicLinkLimitEnabled',
        'publicLinkLimit',
        'feedbackEnabled',
    ]) {
        const to = wanted[name];
        if (to === undefined)
            continue;
        const from = current[name] ?? null;
        if (from !== to)
            changes.push({ name, from, to });
    }
    return changes;
}
function describeSettings(settings) {
    return Object.entries(settings)
        .map(([name, value]) => `${name}: ${String(value)}`)
        .join(', ');
}
function describeChanges(changes) {
    return changes.map((c) => `${c.name}: ${String(c.from)} → ${String(c.to)}`).join(', ');
}
/** The note every public link deserves: testers can join only once a build is in the group. */
async function publicLinkNote(client, group) {
    if (!group.publicLink)
        return undefined;
    let builds = 0;
    if (group.id) {
        const linkage = await client.get(`/v1/betaGroups/${group.id}/relationships/builds?limit=1`);
        builds = linkage.data.length;
    }
    return builds > 0
        ? `Public link of '${group.name}': ${group.publicLink} (testers who open it get the group's builds).`
        : `Public link of '${group.name}': ${group.publicLink}. The group has no build yet: the link is usable only once a build is distributed to the group.`;
}

;// CONCATENATED MODULE: ./src/operations/shared/group-outcome.ts





/** The inputs of create-group and update-group. */
function parseGroupInputs(inputs) {
    const app = (0,resolve_app/* parseAppInput */.R)(inputs);
    const name = parseGroupName(inputs);
    const internal = inputs.optionalBoolean('internal-group');
    const settings = parseGroupSettings(inputs, internal);
    return { app, name, ...(internal !== undefined ? { internal } : {}), settings };
}
/** A PATCH of the settings that differ; `onUpdated` receives the group as Apple returns it. */
function updateGroupChange(client, group, changes, onUpdated) {
    const body = {
        data: {
            type: 'betaGroups',
            id: group.id,
            attributes: Object.fromEntries(changes.map((change) => [change.name, change.to])),
        },
    };
    return {
        kind: 'update',
        target: `group '${group.attributes?.name ?? group.id}'`,
        detail: describeChanges(changes),
        apply: async () => {
            const document = await client.patch(`/v1/betaGroups/${group.id}`, body);
            if (document?.data)
                onUpdated(document.data);
        },
    };
}
function exactGroup(groups, name) {
    return groups.find((group) => group.attributes?.name === name);
}
const actionWords = {
    created: ['was created', 'will be created (dry run)'],
    updated: ['was updated', 'will be updated (dry run)'],
    unchanged: ['already has the settings asked for', 'already has the settings asked for'],
    deleted: ['was deleted', 'will be deleted (dry run)'],
    absent: ['does not exist; nothing to delete', 'does not exist; nothing to delete'],
};
/**
 * The result, outputs and summary of create-group, update-group and delete-group. Logs the public
 * link note (a public link is usable only once a build is in the group).
 */
async function groupOutcome(context, details) {
    const { app, name, action, changes, plan, applied } = details;
    const group = details.group && action !== 'deleted' ? describeGroup(details.group) : undefined;
    const willHaveLink = context.dryRun && changes.some((c) => c.name === 'publicLinkEnabled' && c.to === true);
    const note = group && action !== 'absent'
        ? await publicLinkNote(context.client, {
            id: action === 'created' ? undefined : group.id,
            name,
            publicLink: group.publicLink,
        })
        : undefined;
    const lines = [
        `'${name}' ${actionWords[action][context.dryRun && plan.changes.length > 0 ? 1 : 0]}.`,
    ];
    if (note) {
        context.log.info(note);
        lines.push(note);
    }
    else if (willHaveLink) {
        lines.push('A public link will be created; it is usable once a build is in the group.');
    }
    return {
        result: {
            app,
            group: group ?? (details.group ? { id: details.group.id, name } : null),
            action,
            changes,
            ...(note ? { note } : {}),
            plan: plan.records(),
            applied,
        },
        outputs: {
            'app-id': app.id,
            'group-id': details.group?.id,
            'group-ids': details.group ? [details.group.id] : [],
            'public-link': group?.publicLink ?? undefined,
        },
        summary: {
            title: `Beta group '${name}' (${app.bundleId || app.id})`,
            sections: [
                {
                    lines,
                    ...(changes.length > 0
                        ? {
                            table: {
                                header: ['Setting', 'Before', 'After'],
                                rows: changes.map((c) => [c.name, String(c.from ?? '—'), String(c.to)]),
                            },
                        }
                        : {}),
                },
                ...(group?.publicLink
                    ? [
                        {
                            heading: 'Public link',
                            table: {
                                header: ['Group', 'Public link'],
                                rows: [[name, (0,step_summary/* linkCell */.Zi)(group.publicLink, group.publicLink)]],
                            },
                        },
                    ]
                    : []),
                (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
            ],
        },
    };
}

;// CONCATENATED MODULE: ./src/operations/testflight/create-group.ts






async function findGroupByName(client, app, name) {
    return exactGroup(await (0,resolve_groups/* listBetaGroups */.h$)(client, app), name);
}
function createGroupChange(client, app, inputs, onCreated) {
    const attributes = {
        name: inputs.name,
        ...(inputs.internal !== undefined ? { isInternalGroup: inputs.internal } : {}),
        ...inputs.settings,
    };
    const body = {
        data: {
            type: 'betaGroups',
            attributes,
            relationships: { app: { data: { type: 'apps', id: app.id } } },
        },
    };
    // A create whose answer was lost is recognised by the group's name, unique within the app.
    const recover = async () => {
        const group = await findGroupByName(client, app, inputs.name);
        return group ? { data: group } : undefined;
    };
    const { name: _name, ...shown } = attributes;
    return {
        kind: 'create',
        target: `group '${inputs.name}'`,
        ...(Object.keys(shown).length > 0 ? { detail: describeSettings(shown) } : {}),
        apply: async () => {
            const document = await client.post('/v1/betaGroups', body, {
                recover,
            });
            if (document?.data)
                onCreated(document.data);
        },
    };
}
const createGroup = (0,operation/* defineOperation */.h)({
    name: 'create-group',
    parse: parseGroupInputs,
    async run(context, inputs) {
        const { client } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        let group = await findGroupByName(client, app, inputs.name);
        let action;
        let changes;
        const plan = new shared_plan/* Plan */.cw();
        const keep = (updated) => (group = updated);
        if (!group) {
            action = 'created';
            changes = Object.entries(inputs.settings).map(([name, to]) => ({
                name: name,
                from: null,
                to: to,
            }));
            plan.step(createGroupChange(client, app, inputs, keep));
        }
        else {
            refuseInternalChange(group, inputs.internal);
            if (group.attributes?.isInternalGroup) {
                refuseInternalPublicLink(inputs.settings, `'${inputs.name}' is an internal group`);
            }
            changes = settingChanges(group, inputs.settings);
            action = changes.length > 0 ? 'updated' : 'unchanged';
            if (changes.length > 0)
                plan.step(updateGroupChange(client, group, changes, keep));
        }
        if (action === 'unchanged') {
            context.log.info(`'${inputs.name}' already exists with the settings asked for.`);
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return groupOutcome(context, { app, name: inputs.name, group, action, changes, plan, applied });
    },
});

;// CONCATENATED MODULE: ./src/operations/testflight/delete-group.ts






const deleteGroup = (0,operation/* defineOperation */.h)({
    name: 'delete-group',
    parse: (inputs) => ({ app: (0,resolve_app/* parseAppInput */.R)(inputs), name: parseGroupName(inputs) }),
    async run(context, inputs) {
        const { client, log } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const group = exactGroup(await (0,resolve_groups/* listBetaGroups */.h$)(client, app), inputs.name);
        if (!group) {
            log.info(`Notice: no beta group named '${inputs.name}' in ${app.bundleId || app.id}; nothing to delete.`);
        }
        const plan = new shared_plan/* Plan */.cw().step(group && {
            kind: 'delete',
            target: `group '${inputs.name}'`,
            detail: `(${group.id})`,
            // The client treats a 404 after a lost answer as the delete having happened.
            apply: () => client.delete(`/v1/betaGroups/${group.id}`),
        });
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return groupOutcome(context, {
            app,
            name: inputs.name,
            group,
            action: group ? 'deleted' : 'absent',
            changes: [],
            plan,
            applied,
        });
    },
});

// EXTERNAL MODULE: ./src/operations/testflight/distribute.ts
var distribute = __webpack_require__(42);
// EXTERNAL MODULE: ./src/asc/dates.ts
var dates = __webpack_require__(980);
// EXTERNAL MODULE: ./src/operations/shared/resolve-build.ts
var resolve_build = __webpack_require__(6283);
;// CONCATENATED MODULE: ./src/operations/testflight/expire-builds.ts







const DAY_MS = 24 * 60 * 60 * 1000;
function parseExpireInputs(inputs) {
    const app = (0,resolve_app/* parseAppInput */.R)(inputs);
    const keepLatest = inputs.optionalInteger('keep-latest', { min: 0, max: 10_000 });
    const olderThanDays = inputs.optionalInteger('older-than-days', { min: 0, max: 3650 });
    if (keepLatest === undefined && olderThanDays === undefined) {
        throw new input_error/* InputError */.d('keep-latest', 'it is empty, and so is older-than-days; give one or both to say which builds to expire');
    }
    if (keepLatest === 0 && olderThanDays === undefined) {
        throw new input_error/* InputError */.d('keep-latest', '0 with no older-than-days would expire every build; keep at least one or add older-than-days');
    }
    const keep = inputs.optional('build') !== undefined ? (0,resolve_build/* parseBuildSelector */.H3)(inputs) : undefined;
    const version = inputs.optional('version');
    return {
        app,
        rules: {
            ...(keepLatest !== undefined ? { keepLatest } : {}),
            ...(olderThanDays !== undefined ? { olderThanDays } : {}),
        },
        ...(keep ? { keep } : {}),
        ...(version ? { version } : {}),
        platform: keep?.platform ?? inputs.choice('platform', resolve_build/* buildPlatforms */.Hb, 'IOS'),
    };
}
/** The build `build` names among the unexpired builds (newest first), or an input error. */
function pickKeptBuild(builds, keep) {
    if (keep.build === 'latest') {
        const newest = builds[0];
        if (!newest)
            throw new input_error/* InputError */.d('build', 'latest: there are no unexpired builds');
        return newest;
    }
    const matches = builds.filter((build) => build.number === keep.build && (!keep.version || build.version === keep.version));
    const [first, second] = matches;
    if (!first) {
        const newest = builds.slice(0, 5).map(resolve_build/* describeBuild */.SY).join(', ') || '(none)';
        throw new input_error/* InputError */.d('build', `no unexpired build number ${keep.build}${keep.version ? ` of version ${keep.version}` : ''}; the newest builds are ${newest}`);
    }
    if (second) {
        throw new input_error/* InputError */.d('build', `${matches.length} builds have the number ${keep.build} (${matches.map(resolve_build/* describeBuild */.SY).join(', ')}); narrow it with version`);
    }
    return first;
}
/**
 * Which of the unexpired builds (newest first) to expire: those past the `keepLatest` newest and
 * uploaded before `olderThanDays`, never `keptId` and never one still processing.
 */
function chooseBuildsToExpire(builds, rules, now, keptId) {
    const cutoff = rules.olderThanDays === undefined ? undefined : now - rules.olderThanDays * DAY_MS;
    return builds.filter((build, index) => {
        if (build.id === keptId || build.processingState === 'PROCESSING')
            return false;
        if (rules.keepLatest !== undefined && index < rules.keepLatest)
            return false;
        if (cutoff !== undefined) {
            const uploaded = (0,dates/* appleInstant */.G)(build.uploadedDate);
            if (uploaded === undefined || uploaded >= cutoff)
                return false;
        }
        return true;
    });
}
/** Newest upload first, by instant: Apple's Pacific offsets change in winter, so text order lies. */
function byNewestUpload(a, b) {
    return (0,dates/* newestFirst */.l)(a.uploadedDate, b.uploadedDate);
}
const expireBuilds = (0,operation/* defineOperation */.h)({
    name: 'expire-builds',
    parse: parseExpireInputs,
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const { data, included } = await (0,pagination/* collectAll */._U)(client, '/v1/builds', {
            filter: {
                app: app.id,
                expired: 'false',
                'preReleaseVersion.platform': inputs.platform,
                ...(inputs.version ? { 'preReleaseVersion.version': inputs.version } : {}),
            },
            fields: {
                builds: ['version', 'uploadedDate', 'expired', 'processingState', 'preReleaseVersion'],
                preReleaseVersions: ['version', 'platform'],
            },
            include: ['preReleaseVersion'],
            sort: ['-uploadedDate'],
        });
        const builds = data
            .map((build) => (0,resolve_build/* toResolvedBuild */.W_)(build, included))
            .filter((build) => !build.expired)
            .sort(byNewestUpload);
        const kept = inputs.keep ? pickKeptBuild(builds, inputs.keep) : undefined;
        const expiring = chooseBuildsToExpire(builds, inputs.rules, Date.now(), kept?.id);
        log.info(`${builds.length} unexpired ${inputs.platform} build(s); ${expiring.length} to expire${kept ? `; build ${(0,resolve_build/* describeBuild */.SY)(kept)} is kept` : ''}.`);
        const plan = new shared_plan/* Plan */.cw().stage(expiring.map((build) => {
            const body = {
                data: { type: 'builds', id: build.id, attributes: { expired: true } },
            };
            return {
                kind: 'update',
                target: `build ${(0,resolve_build/* describeBuild */.SY)(build)}`,
                detail: `expired: true (uploaded ${build.uploadedDate?.slice(0, 10) ?? '?'})`,
                apply: async () => {
                    await client.patch(`/v1/builds/${build.id}`, body);
                },
            };
        }));
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const describe = (build) => ({
            id: build.id,
            number: build.number,
            version: build.version,
            uploadedDate: build.uploadedDate,
        });
        const expiringIds = new Set(expiring.map((build) => build.id));
        return {
            result: {
                app,
                rules: inputs.rules,
                keptBuild: kept ? describe(kept) : null,
                expired: expiring.map(describe),
                kept: builds.filter((build) => !expiringIds.has(build.id)).map(describe),
                plan: plan.records(),
                applied,
            },
            outputs: {
                'expired-build-ids': expiring.map((build) => build.id),
                'expired-count': expiring.length,
            },
            summary: {
                title: `${dryRun ? 'Dry run: expire' : 'Expire'} builds of ${app.name}`,
                sections: [
                    {
                        lines: [
                            `${expiring.length} of ${builds.length} unexpired build(s) ${applied ? 'expired' : dryRun ? 'would be expired' : 'to expire'}.`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/operations/shared/included-relationships.ts
var included_relationships = __webpack_require__(4298);
;// CONCATENATED MODULE: ./src/operations/testflight/list-testers.ts






/** The summary table shows this many testers; `result` always has them all. */
const summaryRowLimit = 100;
const listTesters = (0,operation/* defineOperation */.h)({
    name: 'list-testers',
    parse: (inputs) => ({ app: (0,resolve_app/* parseAppInput */.R)(inputs), groups: inputs.list('group') }),
    async run({ client, log }, inputs) {
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const appGroupsRead = (0,resolve_groups/* listBetaGroups */.h$)(client, app);
        const groups = inputs.groups.length > 0 ? (0,resolve_groups/* pickGroupsByName */._n)(await appGroupsRead, inputs.groups, app) : [];
        // Apple accepts one relationship filter per tester listing: the groups (which belong to the
        // app) when named, else the app.
        const testersRead = (0,pagination/* collectAll */._U)(client, '/v1/betaTesters', {
            filter: groups.length > 0 ? { betaGroups: groups.map((group) => group.id) } : { apps: app.id },
            fields: {
                betaTesters: ['firstName', 'lastName', 'email', 'inviteType', 'state', 'betaGroups'],
                betaGroups: ['name'],
            },
            include: ['betaGroups'],
            limits: (0,included_relationships/* includedLimits */.zV)(['betaGroups']),
            sort: ['email'],
        });
        const [{ data }, appGroups] = await Promise.all([testersRead, appGroupsRead]);
        const appGroupIds = new Set(appGroups.map((group) => group.id));
        const appGroupNames = new Map(appGroups.map((group) => [group.id, group.attributes?.name ?? group.id]));
        const testers = await Promise.all(data.map(async (tester) => {
            const a = tester.attributes ?? {};
            // A tester's groups span every app of the team; only this app's are listed.
            const groupIds = await (0,included_relationships/* completeRelatedIds */.JK)(client, tester, 'betaGroups');
            return {
                id: tester.id,
                email: a.email ?? '',
                firstName: a.firstName ?? null,
                lastName: a.lastName ?? null,
                inviteType: a.inviteType ?? null,
                state: a.state ?? null,
                groups: groupIds
                    .filter((id) => appGroupIds.has(id))
                    .map((id) => appGroupNames.get(id) ?? id),
            };
        }));
        const scope = groups.length > 0 ? groups.map((g) => g.attributes?.name).join(', ') : app.bundleId;
        log.info(`${testers.length} tester(s) in ${scope}`);
        const shown = testers.slice(0, summaryRowLimit);
        return {
            result: {
                app,
                groups: groups.map((group) => ({ id: group.id, name: group.attributes?.name ?? '' })),
                testers,
                count: testers.length,
            },
            outputs: {
                'app-id': app.id,
                'group-ids': groups.map((group) => group.id),
                'tester-count': testers.length,
            },
            summary: {
                title: `Beta testers of ${groups.length > 0 ? scope : `${app.name} (${app.bundleId})`}`,
                sections: [
                    {
                        lines: [
                            testers.length > shown.length
                                ? `${testers.length} testers; the first ${shown.length} by email are shown.`
                                : `${testers.length} testers.`,
                        ],
                        table: {
                            header: ['Email', 'Name', 'Invite', 'State', 'Groups'],
                            rows: shown.map((t) => [
                                t.email,
                                [t.firstName, t.lastName].filter((part) => part).join(' ') || 'unknown',
                                (0,step_summary/* stateCell */._j)(t.inviteType),
                                (0,step_summary/* stateCell */._j)(t.state),
                                t.groups.join(', '),
                            ]),
                        },
                    },
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
// EXTERNAL MODULE: ./src/operations/shared/read-together.ts
var read_together = __webpack_require__(2003);
;// CONCATENATED MODULE: ./src/operations/testflight/next-build-number.ts








const buildNumberPattern = /^\d+(\.\d+){0,2}$/;
/** Compares build numbers as Apple does: dotted parts, each a number (`10` after `9`, `1.10` after `1.9`). */
function compareBuildNumbers(a, b) {
    const left = a.split('.').map(Number);
    const right = b.split('.').map(Number);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const difference = (left[i] ?? 0) - (right[i] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return left.length - right.length;
}
/** One past `number`: its last dotted part incremented (`41` → `42`, `1.2.9` → `1.2.10`). */
function incrementBuildNumber(number) {
    const parts = number.split('.');
    const last = parts.length - 1;
    parts[last] = String(BigInt(parts[last] ?? '0') + 1n);
    return parts.join('.');
}
/**
 * Prints and outputs the next build number: one past the highest the app has used on `platform`
 * (expired builds included: Apple refuses a number used before in the same version), narrowed to
 * one marketing version by `version`. Three reads at most: the app, and the builds listed twice,
 * by number and by upload date, so that the answer is right whether Apple sorts numbers as
 * numbers or as text.
 */
const nextBuildNumber = (0,operation/* defineOperation */.h)({
    name: 'next-build-number',
    parse(inputs) {
        const version = inputs.optional('version');
        if (version !== undefined && !buildNumberPattern.test(version)) {
            throw new input_error/* InputError */.d('version', `'${version}' is not a marketing version (like 1.2 or 1.2.3)`);
        }
        return {
            app: (0,resolve_app/* parseAppInput */.R)(inputs),
            platform: inputs.choice('platform', resolve_build/* buildPlatforms */.Hb, 'IOS'),
            version,
        };
    },
    async run({ client, log }, inputs) {
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const listing = (sort) => client.get('/v1/builds' +
            (0,query/* toQueryString */.z)({
                filter: {
                    app: app.id,
                    'preReleaseVersion.platform': inputs.platform,
                    ...(inputs.version ? { 'preReleaseVersion.version': inputs.version } : {}),
                },
                include: ['preReleaseVersion'],
                fields: {
                    builds: ['version', 'expired', 'uploadedDate', 'preReleaseVersion'],
                    preReleaseVersions: ['version'],
                },
                sort: [sort],
                limit: 200,
            }));
        const documents = await (0,read_together/* readTogether */.V)([listing('-version'), listing('-uploadedDate')]);
        const seen = new Map();
        for (const document of documents) {
            const included = new json_api/* IncludedIndex */.d$(document.included ?? []);
            for (const build of document.data) {
                const number = build.attributes?.version ?? '';
                // A number this action cannot count on (letters) is left out rather than guessed at.
                if (!buildNumberPattern.test(number))
                    continue;
                const preRelease = included.one(build, 'preReleaseVersion');
                seen.set(build.id, {
                    id: build.id,
                    number,
                    version: preRelease?.attributes?.version ?? '',
                    expired: build.attributes?.expired ?? false,
                    uploadedDate: build.attributes?.uploadedDate ?? null,
                });
            }
        }
        const latest = [...seen.values()].sort((a, b) => compareBuildNumbers(b.number, a.number) ||
            (b.uploadedDate ?? '').localeCompare(a.uploadedDate ?? ''))[0];
        const next = latest ? incrementBuildNumber(latest.number) : '1';
        const scope = `${app.name} on ${(0,step_summary/* readableState */.YO)(inputs.platform)}${inputs.version ? `, version ${inputs.version}` : ''}`;
        log.info(latest
            ? `Highest build number of ${scope}: ${latest.number} (version ${latest.version || '?'}${latest.expired ? ', expired' : ''}); next: ${next}`
            : `No build of ${scope} yet; next: ${next}`);
        return {
            result: {
                app,
                platform: inputs.platform,
                version: inputs.version ?? null,
                buildNumber: next,
                latest: latest ?? null,
            },
            outputs: {
                'app-id': app.id,
                'build-number': next,
                'latest-build-number': latest?.number ?? '',
                'latest-version': latest?.version ?? '',
            },
            summary: {
                title: `Next build number of ${scope}: ${next}`,
                sections: [
                    {
                        table: {
                            header: ['Build', 'Build number', 'Version'],
                            rows: [
                                ['Highest used', latest?.number ?? '—', latest?.version || '—'],
                                ['Next', next, inputs.version ?? latest?.version ?? '—'],
                            ],
                        },
                    },
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/testflight/remove-testers.ts









/** Testers unlinked per request (the linkage DELETE takes many ids). */
const unlinkBatchSize = 100;
function remove_testers_parse(inputs) {
    const app = (0,resolve_app/* parseAppInput */.R)(inputs);
    const groups = inputs.list('group');
    const { testers, duplicates } = readTestersInput(inputs);
    const failOnMissing = inputs.boolean('fail-on-missing', false);
    return { app, groups, testers, duplicates, failOnMissing };
}
function scopeName(removal) {
    return removal.scope.kind === 'group'
        ? `'${groupName(removal.scope.group)}'`
        : `app ${removal.scope.app.bundleId || removal.scope.app.id}`;
}
function unlinkChanges(client, removal) {
    return inBatches(removal.testers, unlinkBatchSize).map((batch) => {
        const data = batch.map((tester) => ({ type: 'betaTesters', id: tester.id }));
        const path = removal.scope.kind === 'group'
            ? `/v1/betaGroups/${removal.scope.group.id}/relationships/betaTesters`
            : `/v1/apps/${removal.scope.app.id}/relationships/betaTesters`;
        const body = { data };
        return {
            kind: 'unlink',
            target: `${batch.length} tester(s): ${briefList(batch.map((tester) => tester.email), 3)}`,
            detail: `from ${scopeName(removal)}`,
            apply: async () => {
                await client.delete(path, body);
            },
        };
    });
}
/**
 * With groups: each group's members among the testers; without: the app's testers among them.
 * Also returns the addresses found nowhere in scope.
 */
async function findRemovals(client, app, groups, testers) {
    const emails = testers.map((tester) => tester.email);
    if (groups.length === 0) {
        const found = await findTestersByEmail(client, emails, { appId: app.id });
        const inApp = testers.flatMap((t) => found.get(t.emailKey) ?? []);
        return {
            removals: inApp.length > 0 ? [{ scope: { kind: 'app', app }, testers: inApp }] : [],
            notInGroups: [],
            unknown: testers.filter((t) => !found.has(t.emailKey)).map((t) => t.email),
        };
    }
    const members = await listMembersOfGroups(client, groups);
    const removals = groups
        .map((group) => {
        const groupMembers = members.get(group.id) ?? new Map();
        const scope = { kind: 'group', group };
        return { scope, testers: testers.flatMap((t) => groupMembers.get(t.emailKey) ?? []) };
    })
        .filter((removal) => removal.testers.length > 0);
    const removed = new Set(removals.flatMap((r) => r.testers.map((t) => t.emailKey)));
    const elsewhere = testers.filter((t) => !removed.has(t.emailKey));
    // Tell "not in these groups" from "no such tester in the app" for the ones found in no group.
    const inApp = elsewhere.length > 0
        ? await findTestersByEmail(client, elsewhere.map((t) => t.email), { appId: app.id })
        : new Map();
    return {
        removals,
        notInGroups: elsewhere.filter((t) => inApp.has(t.emailKey)).map((t) => t.email),
        unknown: elsewhere.filter((t) => !inApp.has(t.emailKey)).map((t) => t.email),
    };
}
const removeTesters = (0,operation/* defineOperation */.h)({
    name: 'remove-testers',
    parse: remove_testers_parse,
    async run(context, inputs) {
        const { client, log } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const groups = inputs.groups.length > 0 ? await (0,resolve_groups/* resolveGroups */.bq)(client, app, inputs.groups) : [];
        for (const line of describeDuplicates(inputs.duplicates)) {
            log.warning(`Tester listed more than once: ${line}`);
        }
        if (inputs.testers.some((tester) => tester.groups?.length)) {
            log.info('The groups column of the tester list is not used by remove-testers; `group` is.');
        }
        const { removals, notInGroups, unknown } = await findRemovals(client, app, groups, inputs.testers);
        const where = groups.length > 0 ? groups.map((g) => `'${groupName(g)}'`).join(', ') : null;
        if (unknown.length > 0) {
            const problem = `${unknown.length} address(es) are not beta testers of ${app.bundleId || app.id}: ${briefList(unknown, 10)}`;
            if (inputs.failOnMissing) {
                const first = inputs.testers.find((tester) => tester.email === unknown[0]);
                throw new input_error/* InputError */.d(first ? testerInputName(first) : 'testers', `${problem} (fail-on-missing is true)`);
            }
            log.warning(problem);
        }
        if (notInGroups.length > 0) {
            log.info(`${notInGroups.length} tester(s) already not in ${where}: ${briefList(notInGroups)}`);
        }
        const plan = new shared_plan/* Plan */.cw().stage(removals.flatMap((removal) => unlinkChanges(client, removal)));
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const removedEmails = [...new Set(removals.flatMap((r) => r.testers.map((t) => t.email)))];
        const byScope = removals.map((removal) => ({
            ...(removal.scope.kind === 'group'
                ? { group: { id: removal.scope.group.id, name: groupName(removal.scope.group) } }
                : { app: removal.scope.app.id }),
            testers: removal.testers.map((tester) => ({ id: tester.id, email: tester.email })),
        }));
        return {
            result: {
                app,
                groups: groups.map((group) => ({ id: group.id, name: groupName(group) })),
                scope: groups.length > 0 ? 'groups' : 'app',
                requested: inputs.testers.length,
                removed: removedEmails,
                removals: byScope,
                notInGroups,
                unknown,
                duplicates: inputs.duplicates,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'app-id': app.id,
                'group-ids': groups.map((group) => group.id),
                'testers-removed': removedEmails.length,
            },
            summary: {
                title: `Testers removed from ${where ?? `${app.name} (${app.bundleId})`}`,
                sections: [
                    {
                        lines: [
                            `${removedEmails.length} tester(s) ${context.dryRun ? 'to remove (dry run)' : 'removed'}` +
                                (notInGroups.length > 0
                                    ? `, ${notInGroups.length} already not in the groups`
                                    : '') +
                                (unknown.length > 0 ? `, ${unknown.length} unknown: ${briefList(unknown)}` : '') +
                                '.',
                            ...describeDuplicates(inputs.duplicates).map((line) => `Listed more than once, removed once: ${line}`),
                        ],
                        table: {
                            header: ['From', 'Testers removed'],
                            align: [undefined, 'right'],
                            rows: removals.map((removal) => [scopeName(removal), String(removal.testers.length)]),
                        },
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/operations/shared/build-report.ts
var build_report = __webpack_require__(5089);
// EXTERNAL MODULE: ./src/operations/shared/whats-new.ts + 2 modules
var whats_new = __webpack_require__(104);
;// CONCATENATED MODULE: ./src/operations/testflight/set-whats-new.ts







/** Creates or updates the What to Test text of one build and locale. */
const setWhatsNew = (0,operation/* defineOperation */.h)({
    name: 'set-whats-new',
    parse(inputs) {
        const app = (0,resolve_app/* parseAppInput */.R)(inputs);
        const build = (0,resolve_build/* parseBuildSelector */.H3)(inputs);
        const whatsNew = (0,whats_new/* parseWhatsNew */.Ms)(inputs);
        if (!whatsNew) {
            throw new input_error/* InputError */.d('whats-new', 'it is empty, and so is whats-new-file (and whats-new-from-git is not true); give the text');
        }
        return { app, build, whatsNew };
    },
    async run(context, inputs) {
        const { client, dryRun } = context;
        for (const note of inputs.whatsNew.notes ?? [])
            context.log.info(note);
        for (const warning of inputs.whatsNew.warnings)
            context.log.warning(warning);
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const build = await (0,resolve_build/* resolveBuild */.hU)(client, app, inputs.build);
        const whatsNew = (0,whats_new/* planWhatsNew */.bX)(client, build, inputs.whatsNew);
        const plan = new shared_plan/* Plan */.cw().step(whatsNew.change);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return {
            result: {
                app,
                build: (0,build_report/* buildReport */.FK)(build),
                whatsNew: { locale: whatsNew.locale, change: whatsNew.state },
                plan: plan.records(),
                applied,
            },
            outputs: (0,build_report/* buildOutputs */.JZ)(build),
            summary: {
                title: `What to Test (${whatsNew.locale}) of build ${(0,resolve_build/* describeBuild */.SY)(build)} of ${app.name}`,
                sections: [(0,build_report/* buildSection */.Cr)(build), (0,shared_plan/* planSection */.lA)(plan, applied, dryRun)],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/operations/shared/beta-review.ts
var beta_review = __webpack_require__(1487);
// EXTERNAL MODULE: ./src/operations/shared/build-in-review.ts
var build_in_review = __webpack_require__(4141);
// EXTERNAL MODULE: ./src/operations/shared/export-compliance.ts
var export_compliance = __webpack_require__(2412);
// EXTERNAL MODULE: ./src/operations/shared/wait-for-processing.ts
var wait_for_processing = __webpack_require__(3287);
;// CONCATENATED MODULE: ./src/operations/testflight/submit-beta-review.ts










/**
 * Submits the build for beta app review (for external testing), after updating the review details
 * that differ. An existing submission is success: its state is reported.
 */
const submitBetaReview = (0,operation/* defineOperation */.h)({
    name: 'submit-beta-review',
    parse: (inputs) => ({
        app: (0,resolve_app/* parseAppInput */.R)(inputs),
        build: (0,resolve_build/* parseBuildSelector */.H3)(inputs),
        wait: (0,wait_for_processing/* parseProcessingWait */.cG)(inputs),
        usesNonExemptEncryption: inputs.optionalBoolean('uses-non-exempt-encryption'),
        reviewDetails: (0,beta_review/* parseReviewDetailInputs */.s7)(inputs),
        replaceBuildInReview: inputs.boolean('replace-build-in-review', false),
    }),
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        const [found, reviewDetail] = await (0,read_together/* readTogether */.V)([
            (0,resolve_build/* resolveBuild */.hU)(client, app, inputs.build),
            (0,beta_review/* hasReviewDetailInputs */.x1)(inputs.reviewDetails) ? (0,beta_review/* readReviewDetail */.gN)(client, app) : undefined,
        ]);
        if (reviewDetail)
            (0,beta_review/* checkDemoAccount */.Vp)(reviewDetail, inputs.reviewDetails);
        const waited = await (0,wait_for_processing/* waitUntilProcessed */.ik)(context, found, inputs.wait);
        let build = waited.build;
        if (waited.timedOut)
            return (0,build_report/* stillProcessingOutcome */.Qe)(app, waited);
        const compliance = (0,export_compliance/* planExportCompliance */.l)(client, log, build, inputs.usesNonExemptEncryption);
        (0,beta_review/* checkExportComplianceForReview */.TR)(build, compliance.change !== undefined);
        if (build.reviewSubmission) {
            log.info(`Build ${(0,resolve_build/* describeBuild */.SY)(build)} was already submitted: ${build.reviewSubmission.attributes?.betaReviewState ?? 'unknown state'}.`);
        }
        let submittedState;
        const submission = (0,beta_review/* planReviewSubmission */.SX)(context, build, (submitted) => {
            submittedState = submitted.attributes?.betaReviewState;
        });
        // Apple takes one build per version in beta review: found before any write.
        const expirations = submission
            ? await (0,build_in_review/* checkBuildsInReview */.hQ)(client, app, build, inputs.replaceBuildInReview)
            : [];
        const plan = new shared_plan/* Plan */.cw()
            .stage([
            compliance.change,
            reviewDetail
                ? (0,beta_review/* planReviewDetailUpdate */.oy)(client, reviewDetail, inputs.reviewDetails)
                : undefined,
        ].filter((change) => change !== undefined))
            .stage(expirations)
            .step(submission);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        if (applied)
            build = await (0,resolve_build/* readBuild */.lT)(client, build.id);
        const report = (0,build_report/* buildReport */.FK)(build);
        const state = report.betaReviewState ?? submittedState ?? null;
        return {
            result: {
                app,
                build: report,
                betaReview: { alreadySubmitted: found.reviewSubmission !== undefined, state },
                replacedBuildsInReview: expirations.map((change) => change.target),
                exportCompliance: compliance.state,
                plan: plan.records(),
                applied,
            },
            outputs: { ...(0,build_report/* buildOutputs */.JZ)(build), 'beta-review-state': state ?? undefined },
            summary: {
                title: `Beta app review of build ${(0,resolve_build/* describeBuild */.SY)(build)} of ${app.name}`,
                sections: [
                    (0,build_report/* buildSection */.Cr)(build),
                    { lines: [state ? `Review state: ${state}` : 'Not submitted yet.'] },
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/testflight/update-group.ts






const updateGroup = (0,operation/* defineOperation */.h)({
    name: 'update-group',
    parse: parseGroupInputs,
    async run(context, inputs) {
        const { client, log } = context;
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        // An unknown name is an input error listing the app's groups.
        let [group] = (await (0,resolve_groups/* resolveGroups */.bq)(client, app, [inputs.name]));
        refuseInternalChange(group, inputs.internal);
        if (group.attributes?.isInternalGroup) {
            refuseInternalPublicLink(inputs.settings, `'${inputs.name}' is an internal group`);
        }
        if (Object.keys(inputs.settings).length === 0) {
            log.info('No setting to change was given (public-link-enabled, public-link-limit, public-link-limit-enabled, feedback-enabled).');
        }
        const changes = settingChanges(group, inputs.settings);
        const plan = new shared_plan/* Plan */.cw().step(changes.length > 0
            ? updateGroupChange(client, group, changes, (updated) => (group = updated))
            : undefined);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return groupOutcome(context, {
            app,
            name: inputs.name,
            group,
            action: changes.length > 0 ? 'updated' : 'unchanged',
            changes,
            plan,
            applied,
        });
    },
});

;// CONCATENATED MODULE: ./src/operations/testflight/wait-for-build.ts





/** Waits until the build is processed (the waiting part of `distribute`); writes nothing. */
const waitForBuild = (0,operation/* defineOperation */.h)({
    name: 'wait-for-build',
    parse: (inputs) => ({
        app: (0,resolve_app/* parseAppInput */.R)(inputs),
        build: (0,resolve_build/* parseBuildSelector */.H3)(inputs),
        wait: (0,wait_for_processing/* parseProcessingWait */.cG)(inputs),
    }),
    async run(context, inputs) {
        const app = await (0,resolve_app/* resolveApp */.A)(context.client, inputs.app);
        const found = await (0,resolve_build/* resolveBuild */.hU)(context.client, app, inputs.build);
        (0,wait_for_processing/* assertProcessedSuccessfully */.G4)(found);
        const waited = await (0,wait_for_processing/* waitForProcessing */.qE)(context, found, inputs.wait);
        const { build } = waited;
        (0,wait_for_processing/* assertProcessedSuccessfully */.G4)(build);
        context.log.info(`Build ${(0,resolve_build/* describeBuild */.SY)(build)}: ${build.processingState}`);
        return {
            result: {
                app,
                build: (0,build_report/* buildReport */.FK)(build),
                wait: (0,build_report/* waitReport */.Uy)(waited),
            },
            outputs: (0,build_report/* buildOutputs */.JZ)(build),
            summary: {
                title: waited.timedOut
                    ? `Build ${(0,resolve_build/* describeBuild */.SY)(build)} of ${app.name} is still processing`
                    : `Build ${(0,resolve_build/* describeBuild */.SY)(build)} of ${app.name} is processed`,
                sections: [(0,build_report/* buildSection */.Cr)(build)],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/testflight/index.ts













const operations = [
    listGroups,
    listTesters,
    distribute/* distribute */.m,
    waitForBuild,
    submitBetaReview,
    expireBuilds,
    setWhatsNew,
    addTesters,
    removeTesters,
    createGroup,
    updateGroup,
    deleteGroup,
    nextBuildNumber,
];


/***/ })

};
