export const id = 924;
export const ids = [924];
export const modules = {

/***/ 7185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PlistSyntaxError),
/* harmony export */   W: () => (/* binding */ parsePlist)
/* harmony export */ });
class PlistSyntaxError extends Error {
    line;
    problem;
    constructor(line, problem) {
        super(`line ${line}: ${problem}`);
        this.line = line;
        this.problem = problem;
        this.name = 'PlistSyntaxError';
    }
}
const namedEntities = new Map(Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
}));
const specialReals = new Map([
    ['nan', NaN],
    ['inf', Infinity],
    ['+inf', Infinity],
    ['infinity', Infinity],
    ['+infinity', Infinity],
    ['-inf', -Infinity],
    ['-infinity', -Infinity],
]);
function parsePlist(xml) {
    return new PlistReader(xml).readDocument();
}
class PlistReader {
    text;
    index = 0;
    constructor(text) {
        this.text = text;
        if (text.startsWith('\uFEFF'))
            this.index = 1;
    }
    readDocument() {
        this.skipMarkup();
        const root = this.readTag();
        if (root.kind !== 'open' || root.name !== 'plist') {
            this.fail(`expected <plist> but found ${describeTag(root)}`, root.start);
        }
        this.skipMarkup();
        const value = this.readValue(this.readTag());
        this.skipMarkup();
        this.expectClose('plist');
        this.skipMarkup();
        if (this.index < this.text.length)
            this.fail('unexpected content after </plist>');
        return value;
    }
    readValue(tag) {
        if (tag.kind === 'close')
            this.fail(`expected a value but found ${describeTag(tag)}`, tag.start);
        const empty = tag.kind === 'empty';
        switch (tag.name) {
            case 'string':
                return empty ? '' : this.readText('string');
            case 'integer':
                return this.readInteger(tag);
            case 'real':
                return this.readReal(tag);
            case 'date':
                return this.readDate(tag);
            case 'data':
                return this.readData(tag);
            case 'true':
            case 'false':
                if (!empty)
                    this.expectClose(tag.name);
                return tag.name === 'true';
            case 'array':
                return empty ? [] : this.readArray();
            case 'dict':
                return empty ? new Map() : this.readDict();
            default:
                return this.fail(`unsupported element <${tag.name}>`, tag.start);
        }
    }
    readInteger(tag) {
        const text = tag.kind === 'empty' ? '' : this.readText('integer').trim();
        if (!/^[+-]?\d+$/.test(text))
            this.fail(`'${text}' is not an integer`, tag.start);
        return Number(text);
    }
    readReal(tag) {
        const text = tag.kind === 'empty' ? '' : this.readText('real').trim();
        const special = specialReals.get(text.toLowerCase());
        if (special !== undefined)
            return special;
        if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
            this.fail(`'${text}' is not a real number`, tag.start);
        }
        return Number(text);
    }
    readDate(tag) {
        const text = tag.kind === 'empty' ? '' : this.readText('date').trim();
        const time = Date.parse(text);
        // The round trip refuses what Date.parse would roll over, such as February 30.
        const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text) &&
            !Number.isNaN(time) &&
            new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
        if (!valid)
            this.fail(`'${text}' is not a date such as 2030-01-31T12:00:00Z`, tag.start);
        return text;
    }
    readData(tag) {
        const text = tag.kind === 'empty' ? '' : this.readText('data').replace(/\s+/g, '');
        if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
            this.fail('<data> is not valid base64', tag.start);
        }
        return Buffer.from(text, 'base64');
    }
    readArray() {
        const items = [];
        for (;;) {
            this.skipMarkup();
            const tag = this.readTag();
            if (tag.kind === 'close') {
                if (tag.name !== 'array')
                    this.fail(`expected </array> but found ${describeTag(tag)}`, tag.start);
                return items;
            }
            items.push(this.readValue(tag));
        }
    }
    readDict() {
        const dict = new Map();
        for (;;) {
            this.skipMarkup();
            const tag = this.readTag();
            if (tag.kind === 'close' && tag.name === 'dict')
                return dict;
            if (tag.name !== 'key' || tag.kind === 'close') {
                this.fail(`expected <key> or </dict> but found ${describeTag(tag)}`, tag.start);
            }
            const key = tag.kind === 'empty' ? '' : this.readText('key');
            if (dict.has(key))
                this.fail(`key '${key}' appears twice in a dict`, tag.start);
            this.skipMarkup();
            dict.set(key, this.readValue(this.readTag()));
        }
    }
    /** Character data up to the closing tag, with entities decoded. */
    readText(element) {
        const start = this.index;
        const end = this.text.indexOf('<', start);
        if (end === -1)
            this.fail(`<${element}> is not closed`, start);
        const value = this.decodeEntities(this.text.slice(start, end), start);
        this.index = end;
        this.expectClose(element);
        return value;
    }
    decodeEntities(raw, offset) {
        return raw.replace(/&([^;&\s<]*);?/g, (match, name, at) => {
            const position = offset + at;
            if (!match.endsWith(';'))
                this.fail(`'&' must start an entity such as &amp;`, position);
            const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
            if (numeric) {
                const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
                const valid = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff);
                if (!valid || (code >= 0xd800 && code <= 0xdfff)) {
                    this.fail(`&${name}; is not a valid character`, position);
                }
                return String.fromCodePoint(code);
            }
            const named = namedEntities.get(name);
            if (named === undefined)
                this.fail(`unknown entity &${name};`, position);
            return named;
        });
    }
    expectClose(name) {
        const tag = this.readTag();
        if (tag.kind !== 'close' || tag.name !== name) {
            this.fail(`expected </${name}> but found ${describeTag(tag)}`, tag.start);
        }
    }
    readTag() {
        const start = this.index;
        if (this.index >= this.text.length)
            this.fail('unexpected end of document', start);
        if (this.text[start] !== '<') {
            this.fail(`expected a tag but found text '${this.text.slice(start, start + 20).trim()}'`);
        }
        const end = this.text.indexOf('>', start);
        if (end === -1)
            this.fail('a tag is not closed with >', start);
        const inner = this.text.slice(start + 1, end);
        this.index = end + 1;
        const match = /^(\/?)([A-Za-z][\w.-]*)(\s+[^<>]*?)?\s*(\/?)$/.exec(inner);
        if (!match)
            this.fail(`malformed tag <${inner}>`, start);
        const [, slash, name = '', attributes, selfClosing] = match;
        if (slash && (selfClosing || attributes))
            this.fail(`malformed tag <${inner}>`, start);
        const kind = slash ? 'close' : selfClosing ? 'empty' : 'open';
        return { kind, name, start };
    }
    /** Skips whitespace, the XML declaration, the DOCTYPE and comments. */
    skipMarkup() {
        for (;;) {
            while (/\s/.test(this.text[this.index] ?? ''))
                this.index++;
            if (this.text.startsWith('<?', this.index))
                this.skipPast('?>');
            else if (this.text.startsWith('<!--', this.index))
                this.skipPast('-->');
            else if (this.text.startsWith('<!DOCTYPE', this.index))
                this.skipPast('>');
            else if (this.text.startsWith('<!', this.index))
                this.fail('unsupported markup <!');
            else
                return;
        }
    }
    skipPast(terminator) {
        const end = this.text.indexOf(terminator, this.index);
        if (end === -1)
            this.fail(`'${terminator}' is missing`);
        this.index = end + terminator.length;
    }
    fail(problem, at = this.index) {
        const line = this.text.slice(0, at).split('\n').length;
        throw new PlistSyntaxError(line, problem);
    }
}
function describeTag(tag) {
    return tag.kind === 'close'
        ? `</${tag.name}>`
        : tag.kind === 'empty'
            ? `<${tag.name}/>`
            : `<${tag.name}>`;
}


/***/ }),

/***/ 6924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/node-fetch/src/index.js + 13 modules
var src = __webpack_require__(6135);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
// EXTERNAL MODULE: ./src/asc/plain-http.ts
var plain_http = __webpack_require__(6186);
// EXTERNAL MODULE: ./src/asc/retry-policy.ts
var retry_policy = __webpack_require__(950);
;// CONCATENATED MODULE: ./src/asc/upload-parts.ts






const readChunkBytes = 1024 * 1024;
/**
 * Sends the parts of a file to the URLs App Store Connect handed out, up to `concurrency` at once,
 * each streamed from the file (memory stays flat) and each retried on its own with the client's
 * retry policy. Stops starting new parts after the first part that fails for good.
 */
async function uploadParts(options) {
    const parts = options.parts;
    for (const part of parts)
        checkPartUrl(part.url, options.plainHttpHost);
    const settings = { ...retry_policy/* defaultRetrySettings */.XF, ...options.retry };
    const started = Date.now();
    const totalBytes = parts.reduce((sum, part) => sum + part.length, 0);
    const state = { sentBytes: 0, partsDone: 0, retries: 0 };
    const report = () => options.onProgress?.({
        sentBytes: state.sentBytes,
        totalBytes,
        partsDone: state.partsDone,
        partsTotal: parts.length,
        elapsedMs: Date.now() - started,
    });
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < parts.length) {
            const index = next++;
            try {
                await sendPart(options, settings, parts[index], index, {
                    onBytes: (bytes) => {
                        state.sentBytes += bytes;
                        report();
                    },
                    onRetry: () => state.retries++,
                });
                state.partsDone++;
                report();
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, parts.length)) }, worker));
    if (failure)
        throw failure.error;
    return {
        parts: parts.length,
        bytes: totalBytes,
        retries: state.retries,
        durationMs: Date.now() - started,
    };
}
async function sendPart(options, settings, part, index, listener) {
    const describe = `part ${index + 1} of ${options.parts.length} (bytes ${part.offset}–${part.offset + part.length - 1})`;
    await (0,retry_policy/* withRetries */.LH)(settings, () => attemptPart(options, part, describe, listener), {
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
        onRetry: (message) => {
            listener.onRetry();
            options.onRetry?.(message);
        },
    });
}
async function attemptPart(options, part, describe, listener) {
    const fetch = options.fetch ?? src/* default */.Ay;
    const url = new URL(part.url);
    const path = `${url.origin}${url.pathname}`; // the query holds the signature: never shown
    let sent = 0;
    const fail = (outcome, reason, cause) => {
        listener.onBytes(-sent);
        const status = outcome.kind === 'status' ? outcome.status : undefined;
        const error = new errors/* AscApiError */.o({ method: part.method, path, status, reason, cause });
        return { ok: false, outcome, error };
    };
    const body = (0,external_node_fs_.createReadStream)(options.filePath, {
        start: part.offset,
        end: part.offset + part.length - 1,
        highWaterMark: readChunkBytes,
    }).pipe(new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            sent += chunk.length;
            listener.onBytes(chunk.length);
            callback(null, chunk);
        },
    }));
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 300_000);
    try {
        const response = await fetch(part.url, {
            method: part.method,
            headers: partHeaders(part),
            body,
            signal: controller.signal,
        });
        const text = await response.text();
        if (response.status >= 300) {
            const outcome = {
                kind: 'status',
                status: response.status,
                retryAfter: response.headers.get('retry-after'),
            };
            const detail = text ? `: ${text.slice(0, 300).replace(/\s+/g, ' ')}` : '';
            return fail(outcome, `${describe}${detail}`);
        }
        if (sent !== part.length) {
            throw new Error(`${describe}: ${sent} of ${part.length} bytes were read from the file; did it change during the upload?`);
        }
        return { ok: true, value: undefined };
    }
    catch (cause) {
        if (cause instanceof Error && cause.message.startsWith(describe))
            throw cause;
        const timedOut = controller.signal.aborted;
        const reason = timedOut
            ? 'timed out'
            : `connection failed: ${(cause instanceof Error ? cause.message : String(cause)).split(part.url).join(path)}`;
        return fail({ kind: timedOut ? 'timeout' : 'network' }, `${describe}: ${reason}`, cause);
    }
    finally {
        clearTimeout(timer);
        body.destroy();
    }
}
function partHeaders(part) {
    const headers = {};
    for (const { name, value } of part.headers)
        headers[name] = value;
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
        headers['Content-Length'] = String(part.length);
    }
    return headers;
}
/**
 * Storage URLs are https; plain http only on loopback or on the host of a plain-http API base
 * (an emulator the user pointed the action at).
 */
function checkPartUrl(target, plainHttpHost) {
    const url = new URL(target);
    if ((0,plain_http/* isTransportAllowed */.E)(url, plainHttpHost))
        return;
    throw new errors/* AscApiError */.o({
        method: 'PUT',
        path: `${url.origin}${url.pathname}`,
        reason: 'refusing to send the build over an unencrypted connection',
    });
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/build-archive/bundle-info.ts
/** Bundle identity from the dictionary of an Info.plist (as plain strings). */
function bundleInfoFromPlist(plist, source) {
    const text = (key) => {
        const value = plist[key];
        return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const supported = plist.CFBundleSupportedPlatforms;
    const platform = Array.isArray(supported)
        ? platformFromSupported(supported.map(String))
        : undefined;
    return {
        source,
        bundleId: text('CFBundleIdentifier'),
        version: text('CFBundleShortVersionString'),
        buildNumber: text('CFBundleVersion'),
        platform,
    };
}
function platformFromSupported(names) {
    if (names.some((name) => /^appletv/i.test(name)))
        return 'TV_OS';
    if (names.some((name) => /^xr/i.test(name)))
        return 'VISION_OS';
    if (names.some((name) => /^iphone/i.test(name)))
        return 'IOS';
    if (names.some((name) => /^macosx$/i.test(name)))
        return 'MAC_OS';
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/bplist-parser/dist/index.mjs
var dist = __webpack_require__(427);
// EXTERNAL MODULE: ./src/input-formats/plist.ts
var plist = __webpack_require__(7185);
;// CONCATENATED MODULE: ./src/build-archive/info-plist.ts


/** Parses an Info.plist, binary or XML, into plain objects (dicts become records). */
function parseInfoPlist(bytes) {
    const value = bytes.subarray(0, 6).toString('latin1') === 'bplist'
        ? (0,dist/* parseBuffer */.ix)(bytes)[0]
        : toPlain((0,plist/* parsePlist */.W)(bytes.toString('utf8')));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new Error('the Info.plist is not a dictionary');
    }
    return value;
}
function toPlain(value) {
    if (value instanceof Map) {
        return Object.fromEntries([...value].map(([key, item]) => [key, toPlain(item)]));
    }
    if (Array.isArray(value))
        return value.map(toPlain);
    return value;
}

;// CONCATENATED MODULE: ./src/build-archive/ipa-archive.ts



/** The app's own Info.plist: `Payload/<Name>.app/Info.plist` (not those of nested bundles). */
const appInfoPlistPath = /^Payload\/[^/]+\.app\/Info\.plist$/;
const maxInfoPlistBytes = 4 * 1024 * 1024;
/**
 * Reads the bundle identity from an .ipa. Only the central directory and the one entry are read,
 * so the size of the archive does not matter.
 */
async function readIpaBundleInfo(path) {
    const zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false });
    try {
        const entry = await findEntry(zip, (name) => appInfoPlistPath.test(name));
        if (!entry)
            throw new Error('it has no Payload/<App>.app/Info.plist; is it an .ipa?');
        if (entry.uncompressedSize > maxInfoPlistBytes) {
            throw new Error(`${entry.fileName} is ${entry.uncompressedSize} bytes, too large to be one`);
        }
        const bytes = await readStream(await zip.openReadStreamPromise(entry));
        return bundleInfoFromPlist(parseInfoPlist(bytes), entry.fileName);
    }
    finally {
        zip.close();
    }
}
function findEntry(zip, wanted) {
    return new Promise((resolve, reject) => {
        const onEntry = (entry) => {
            if (wanted(entry.fileName)) {
                cleanup();
                resolve(entry);
            }
            else
                zip.readEntry();
        };
        const onEnd = () => {
            cleanup();
            resolve(undefined);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        };
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
    });
}
async function readStream(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/build-archive/pkg-archive.ts


const xarMagic = 0x78617221; // 'xar!'
const maxMetadataBytes = 16 * 1024 * 1024;
/**
 * Reads the bundle identity of a .pkg built by productbuild: its `Distribution` (or a component's
 * `PackageInfo`) lists the app bundle with its id, CFBundleShortVersionString and CFBundleVersion.
 * Only the xar header, the table of contents and that small file are read.
 */
async function readPkgBundleInfo(path) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const header = await readAt(file, 0, 28);
        if (header.length < 28 || header.readUInt32BE(0) !== xarMagic) {
            throw new Error('it is not a xar archive (a flat .pkg made by productbuild or pkgbuild)');
        }
        const headerSize = header.readUInt16BE(4);
        const tocCompressed = Number(header.readBigUInt64BE(8));
        if (tocCompressed > maxMetadataBytes)
            throw new Error('its table of contents is too large');
        const toc = (0,external_node_zlib_.inflateSync)(await readAt(file, headerSize, tocCompressed)).toString('utf8');
        const heapStart = headerSize + tocCompressed;
        const files = leafFiles(toc);
        const candidates = [
            ...files.filter((f) => f.name === 'Distribution'),
            ...files.filter((f) => f.name === 'PackageInfo'),
        ];
        for (const candidate of candidates) {
            const text = await readXarFile(file, heapStart, candidate);
            const info = bundleFromPackageXml(text, candidate.name);
            if (info)
                return info;
        }
        throw new Error('neither its Distribution nor a PackageInfo names an app bundle');
    }
    finally {
        await file.close();
    }
}
/** The files of the table of contents that hold data (directories are skipped). */
function leafFiles(toc) {
    const files = [];
    for (const match of toc.matchAll(/<file\b[^>]*>((?:(?!<file\b)[\s\S])*?)<\/file>/g)) {
        const body = match[1] ?? '';
        const name = /<name>([^<]*)<\/name>/.exec(body)?.[1];
        const data = /<data>([\s\S]*?)<\/data>/.exec(body)?.[1];
        if (!name || !data)
            continue;
        const number = (tag) => Number(new RegExp(`<${tag}>(\\d+)</${tag}>`).exec(data)?.[1]);
        files.push({
            name,
            offset: number('offset'),
            length: number('length'),
            encoding: /<encoding\s+style="([^"]*)"/.exec(data)?.[1] ?? 'application/octet-stream',
        });
    }
    return files.filter((f) => Number.isFinite(f.offset) && Number.isFinite(f.length));
}
async function readXarFile(file, heapStart, entry) {
    if (entry.length > maxMetadataBytes)
        throw new Error(`its ${entry.name} is too large`);
    const bytes = await readAt(file, heapStart + entry.offset, entry.length);
    if (entry.encoding === 'application/octet-stream')
        return bytes.toString('utf8');
    // xar calls zlib streams "x-gzip".
    if (entry.encoding === 'application/x-gzip')
        return (0,external_node_zlib_.inflateSync)(bytes).toString('utf8');
    throw new Error(`its ${entry.name} is stored as ${entry.encoding}, which cannot be read`);
}
/** The app bundle named in a Distribution or PackageInfo: the `<bundle>` whose path is an .app. */
function bundleFromPackageXml(xml, source) {
    const bundles = [...xml.matchAll(/<bundle\s([^>]*?)\/?>/g)].map((match) => attributesOf(match[1] ?? ''));
    const apps = bundles.filter((b) => b.id && (b.path ?? '').replace(/\/$/, '').endsWith('.app'));
    const depth = (b) => (b.path ?? '').split('/').length;
    const app = [...apps].sort((a, b) => depth(a) - depth(b))[0] ?? bundles.find((b) => b.id);
    if (!app)
        return undefined;
    return {
        source,
        platform: 'MAC_OS',
        ...(app.id ? { bundleId: app.id } : {}),
        ...(app.CFBundleShortVersionString ? { version: app.CFBundleShortVersionString } : {}),
        ...(app.CFBundleVersion ? { buildNumber: app.CFBundleVersion } : {}),
    };
}
function attributesOf(text) {
    const attributes = {};
    for (const match of text.matchAll(/([\w.:-]+)\s*=\s*"([^"]*)"/g)) {
        if (match[1] && match[2] !== undefined)
            attributes[match[1]] = match[2];
    }
    return attributes;
}
async function readAt(file, position, length) {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
}

;// CONCATENATED MODULE: ./src/build-archive/archive-info.ts



/** `.ipa` or `.pkg` from the file name; undefined for anything else. */
function archiveKindOf(path) {
    const extension = (0,external_node_path_.extname)(path).toLowerCase();
    return extension === '.ipa' ? 'ipa' : extension === '.pkg' ? 'pkg' : undefined;
}
/** Reads the bundle identity of an .ipa (its Info.plist) or a .pkg (its Distribution). */
function readBundleInfo(path, kind) {
    return kind === 'ipa' ? readIpaBundleInfo(path) : readPkgBundleInfo(path);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/build-archive/file-checksums.ts


const chunkBytes = 1024 * 1024;
/**
 * MD5 and SHA-256 of a file in one pass. One buffer is read into again and again, so memory stays
 * flat whatever the size (a stream would leave hundreds of MB of buffers for the GC to find).
 */
async function computeFileChecksums(path) {
    const md5 = (0,external_node_crypto_.createHash)('md5');
    const sha256 = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const file = await (0,promises_.open)(path, 'r');
    let size = 0;
    try {
        for (;;) {
            const { bytesRead } = await file.read(buffer, 0, chunkBytes, size);
            if (bytesRead === 0)
                break;
            const bytes = buffer.subarray(0, bytesRead);
            md5.update(bytes);
            sha256.update(bytes);
            size += bytesRead;
        }
    }
    finally {
        await file.close();
    }
    return { size, md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/report/step-summary.ts
var step_summary = __webpack_require__(9211);
// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/operations/shared/resolve-app.ts
var resolve_app = __webpack_require__(4224);
// EXTERNAL MODULE: ./src/operations/shared/resolve-build.ts
var resolve_build = __webpack_require__(6283);
// EXTERNAL MODULE: ./src/operations/shared/build-in-review.ts
var build_in_review = __webpack_require__(4141);
// EXTERNAL MODULE: ./src/operations/testflight/distribute.ts
var distribute = __webpack_require__(42);
// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
;// CONCATENATED MODULE: ./src/operations/testflight/upload-build/build-upload-api.ts


const fileFields = [
    'assetType',
    'fileName',
    'fileSize',
    'sourceFileChecksums',
    'uploadOperations',
    'assetDeliveryState',
];
const uploadQuery = {
    include: ['build', 'assetFile'],
    fields: {
        buildUploads: [
            'cfBundleShortVersionString',
            'cfBundleVersion',
            'platform',
            'state',
            'uploadedDate',
            'build',
            'assetFile',
        ],
        builds: ['version', 'processingState'],
        buildUploadFiles: fileFields,
    },
};
function toFileRecord(file) {
    const a = file.attributes ?? {};
    const checksum = a.sourceFileChecksums?.file;
    const expirations = (a.uploadOperations ?? [])
        .map((operation) => Date.parse(operation.expiration ?? ''))
        .filter(Number.isFinite);
    return {
        id: file.id,
        fileName: a.fileName ?? '',
        fileSize: a.fileSize ?? 0,
        committedMd5: checksum?.algorithm === 'MD5' ? checksum.hash?.toLowerCase() : undefined,
        parts: (a.uploadOperations ?? []).map((operation) => ({
            method: operation.method ?? 'PUT',
            url: operation.url ?? '',
            offset: operation.offset ?? 0,
            length: operation.length ?? 0,
            headers: (operation.requestHeaders ?? []).map((header) => ({
                name: header.name ?? '',
                value: header.value ?? '',
            })),
        })),
        expiresAt: expirations.length > 0 ? Math.min(...expirations) : undefined,
    };
}
function toUploadRecord(upload, included) {
    const state = upload.attributes?.state;
    const file = included.one(upload, 'assetFile');
    return {
        id: upload.id,
        state: state?.state ?? 'AWAITING_UPLOAD',
        errors: state?.errors ?? [],
        warnings: state?.warnings ?? [],
        infos: state?.infos ?? [],
        buildId: (0,json_api/* relatedId */.Dl)(upload, 'build'),
        assetFile: file ? toFileRecord(file) : undefined,
    };
}
/** The uploads of this app, platform, version and build number, newest first. */
async function findUploads(client, appId, identity) {
    const document = await client.get(`/v1/apps/${encodeURIComponent(appId)}/buildUploads` +
        (0,query/* toQueryString */.z)({
            ...uploadQuery,
            filter: {
                cfBundleShortVersionString: identity.version,
                cfBundleVersion: identity.buildNumber,
                platform: identity.platform,
            },
            sort: ['-uploadedDate'],
            limit: 50,
        }));
    const included = new json_api/* IncludedIndex */.d$(document.included ?? []);
    const records = document.data.map((upload) => toUploadRecord(upload, included));
    // An upload whose assetFile link came back empty is asked for its files directly, so that a
    // re-run still recognises the file it committed (by its checksum).
    await Promise.all(records
        .filter((record) => record.assetFile === undefined)
        .map(async (record) => {
        record.assetFile = await readAssetFile(client, record.id);
    }));
    return records;
}
/** The build's file (asset type ASSET) among an upload's files, if it has one. */
async function readAssetFile(client, uploadId) {
    const document = await client.get(`/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles` +
        (0,query/* toQueryString */.z)({ fields: { buildUploadFiles: fileFields }, limit: 50 }));
    const file = document.data.find((candidate) => candidate.attributes?.assetType === 'ASSET');
    return file ? toFileRecord(file) : undefined;
}
async function readUpload(client, id) {
    const document = await client.get(`/v1/buildUploads/${encodeURIComponent(id)}${(0,query/* toQueryString */.z)(uploadQuery)}`);
    return toUploadRecord(document.data, new json_api/* IncludedIndex */.d$(document.included ?? []));
}
/** The build of that number and version, if one was uploaded (by any means). */
async function findBuild(client, appId, identity) {
    const document = await client.get('/v1/builds' +
        (0,query/* toQueryString */.z)({
            filter: {
                app: appId,
                version: identity.buildNumber,
                'preReleaseVersion.version': identity.version,
                'preReleaseVersion.platform': identity.platform,
            },
            fields: { builds: ['version', 'processingState', 'uploadedDate', 'expired'] },
            limit: 10,
        }));
    // Apple's filter[version] may match more loosely than the exact build number.
    return document.data.find((build) => build.attributes?.version === identity.buildNumber);
}
/**
 * Creates the build upload, or finds the one another run of the same build is making (a lost
 * answer, or a racing run that created it first: Apple answers 409): `existing` is then that
 * upload as found, to be resumed rather than started again.
 */
async function createUpload(client, appId, identity) {
    const body = {
        data: {
            type: 'buildUploads',
            attributes: {
                cfBundleShortVersionString: identity.version,
                cfBundleVersion: identity.buildNumber,
                platform: identity.platform,
            },
            relationships: { app: { data: { type: 'apps', id: appId } } },
        },
    };
    let existing;
    const recover = async () => {
        existing = (await findUploads(client, appId, identity)).find((upload) => upload.state !== 'FAILED');
        return existing ? { data: { type: 'buildUploads', id: existing.id } } : undefined;
    };
    const document = await client.post('/v1/buildUploads', body, {
        recover,
    });
    if (!document)
        throw new Error('POST /v1/buildUploads answered without a document');
    const found = existing?.id === document.data.id ? existing : undefined;
    return { id: document.data.id, ...(found ? { existing: found } : {}) };
}
async function reserveFile(client, uploadId, file) {
    const body = {
        data: {
            type: 'buildUploadFiles',
            attributes: { ...file, assetType: 'ASSET' },
            relationships: { buildUpload: { data: { type: 'buildUploads', id: uploadId } } },
        },
    };
    const recover = async () => {
        const document = await client.get(`/v1/buildUploads/${encodeURIComponent(uploadId)}/buildUploadFiles` +
            (0,query/* toQueryString */.z)({ fields: { buildUploadFiles: fileFields }, limit: 50 }));
        const found = document.data.find((candidate) => candidate.attributes?.assetType === 'ASSET' &&
            candidate.attributes.fileName === file.fileName &&
            candidate.attributes.fileSize === file.fileSize);
        return found ? { data: found } : undefined;
    };
    const document = await client.post('/v1/buildUploadFiles', body, { recover });
    if (!document)
        throw new Error('POST /v1/buildUploadFiles answered without a document');
    return toFileRecord(document.data);
}
async function commitFile(client, fileId, md5) {
    const body = {
        data: {
            type: 'buildUploadFiles',
            id: fileId,
            attributes: {
                uploaded: true,
                sourceFileChecksums: { file: { algorithm: 'MD5', hash: md5 } },
            },
        },
    };
    await client.patch(`/v1/buildUploadFiles/${encodeURIComponent(fileId)}`, body);
}
async function deleteUpload(client, id) {
    await client.delete(`/v1/buildUploads/${encodeURIComponent(id)}`);
}
/** `CODE: description` lines of Apple's state details. */
function describeDetails(details) {
    return details.map((detail) => [detail.code, detail.description]
        .filter((part) => part !== undefined && part !== '')
        .join(': '));
}

;// CONCATENATED MODULE: ./src/operations/testflight/upload-build/bundle-identity.ts

const fields = [
    { key: 'bundleId', input: 'bundle-id', plistKey: 'CFBundleIdentifier' },
    { key: 'version', input: 'app-version', plistKey: 'CFBundleShortVersionString' },
    { key: 'buildNumber', input: 'build-number', plistKey: 'CFBundleVersion' },
];
/**
 * Combines what the archive says with what the inputs say: an input fills a value the archive
 * lacks, and must agree with a value it has (uploading 1.2 (45) as 1.2 (46) would only fail later).
 */
function resolveIdentity(archive, inputs, kind) {
    const values = {};
    for (const { key, input, plistKey } of fields) {
        const fromArchive = archive?.[key];
        const fromInput = inputs[key];
        if (fromArchive !== undefined && fromInput !== undefined && fromArchive !== fromInput) {
            throw new input_error/* InputError */.d(input, `'${fromInput}' differs from the archive's ${plistKey} '${fromArchive}' (${archive?.source})`);
        }
        const value = fromInput ?? fromArchive;
        if (value === undefined) {
            throw new input_error/* InputError */.d(input, `it is empty, and the archive does not say its ${plistKey}${archive ? ` (${archive.source})` : ''}; set ${input}`);
        }
        values[key] = value;
    }
    const platform = inputs.platform ?? archive?.platform ?? (kind === 'pkg' ? 'MAC_OS' : 'IOS');
    return {
        bundleId: values.bundleId,
        version: values.version,
        buildNumber: values.buildNumber,
        platform,
    };
}

;// CONCATENATED MODULE: ./src/operations/testflight/upload-build/upload-progress.ts
const megabyte = 1024 * 1024;
function formatMegabytes(bytes) {
    return `${(bytes / megabyte).toFixed(1)} MB`;
}
function megabytesPerSecond(bytes, ms) {
    return ms > 0 ? bytes / megabyte / (ms / 1000) : 0;
}
/**
 * A progress callback that logs at every 10 % reached, or every `intervalMs` when slower, so that
 * a large upload shows it is alive without flooding the log.
 */
function progressLogger(info, intervalMs = 5_000, now = Date.now) {
    let nextStep = 10;
    let lastAt = now();
    return (progress) => {
        const percent = progress.totalBytes > 0 ? (progress.sentBytes / progress.totalBytes) * 100 : 100;
        const done = progress.partsDone === progress.partsTotal;
        const at = now();
        if (!done && percent < nextStep && at - lastAt < intervalMs)
            return;
        if (done && nextStep > 100)
            return;
        if (!done && progress.sentBytes >= progress.totalBytes)
            return; // 100 % once the last part is in
        lastAt = at;
        while (nextStep <= percent)
            nextStep += 10;
        if (done)
            nextStep = 101;
        const rate = megabytesPerSecond(progress.sentBytes, progress.elapsedMs);
        info(`Uploaded ${Math.floor(percent)}% (${formatMegabytes(progress.sentBytes)} of ${formatMegabytes(progress.totalBytes)}, ` +
            `${progress.partsDone}/${progress.partsTotal} parts) at ${rate.toFixed(1)} MB/s`);
    };
}

// EXTERNAL MODULE: ./src/operations/shared/wait-for-processing.ts
var wait_for_processing = __webpack_require__(3287);
;// CONCATENATED MODULE: ./src/operations/testflight/upload-build/wait-for-upload.ts


/** Apple refused the build after receiving it; its errors say why. */
class BuildUploadFailedError extends Error {
    upload;
    constructor(upload) {
        const errors = describeDetails(upload.errors);
        super(`App Store Connect refused build upload ${upload.id}: ${errors.length > 0 ? errors.join('; ') : 'it failed without saying why'}`);
        this.upload = upload;
        this.name = 'BuildUploadFailedError';
    }
}
/**
 * Polls the build upload until App Store Connect has taken the file in (COMPLETE) or refused it
 * (FAILED), with the same widening intervals as the wait for build processing.
 */
async function waitForUpload(context, uploadId, timeoutMinutes) {
    let upload = await readUpload(context.client, uploadId);
    let polls = 1;
    const budgetMs = timeoutMinutes * 60_000;
    let waitedMs = 0;
    for (const delay of (0,wait_for_processing/* pollDelays */.KO)(budgetMs)) {
        if (upload.state === 'COMPLETE' || upload.state === 'FAILED')
            break;
        context.log.info(`${(0,wait_for_processing/* waitCheckLine */.Gr)(`Build upload ${upload.id}`, upload.state, waitedMs, budgetMs)} Checking again in ${(0,wait_for_processing/* formatMinutes */.dp)(delay)}.`);
        await context.sleep(delay);
        waitedMs += delay;
        upload = await readUpload(context.client, uploadId);
        polls++;
    }
    for (const warning of describeDetails(upload.warnings))
        context.log.warning(warning);
    for (const info of describeDetails(upload.infos))
        context.log.info(info);
    if (upload.state === 'FAILED')
        throw new BuildUploadFailedError(upload);
    if (upload.state !== 'COMPLETE') {
        throw new Error(`Build upload ${upload.id} is still ${upload.state} after ${timeoutMinutes} minute(s); run again later (nothing is sent twice) or raise upload-timeout-minutes`);
    }
    return { upload, polls };
}

;// CONCATENATED MODULE: ./src/operations/testflight/upload-build.ts

















const versionPattern = /^\d+(\.\d+){0,2}$/;
/** An upload URL that expires within this margin is not reused. */
const urlReuseMarginMs = 60 * 60 * 1000;
const utiOf = {
    ipa: 'com.apple.ipa',
    pkg: 'com.apple.pkg',
};
function parseBuildPath(inputs) {
    const given = inputs.required('build-path', 'it names the .ipa or .pkg to upload');
    const kind = archiveKindOf(given);
    if (!kind)
        throw new input_error/* InputError */.d('build-path', `'${given}' is neither an .ipa nor a .pkg`);
    const buildPath = inputs.path('build-path');
    let size;
    try {
        const stat = (0,external_node_fs_.statSync)(buildPath);
        if (!stat.isFile())
            throw new input_error/* InputError */.d('build-path', `'${given}' is not a file`);
        size = stat.size;
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            throw error;
        throw new input_error/* InputError */.d('build-path', `there is no file at '${given}' (${buildPath})`);
    }
    if (size === 0)
        throw new input_error/* InputError */.d('build-path', `'${given}' is empty`);
    return { buildPath, kind };
}
function optionalVersion(inputs, name) {
    const value = inputs.optional(name);
    if (value !== undefined && !versionPattern.test(value)) {
        throw new input_error/* InputError */.d(name, `'${value}' is not a version number (like 45, 1.2 or 1.2.3)`);
    }
    return value;
}
/** distribute's own inputs, read now (bad ones fail before the upload); its build comes later. */
function parseDistributeInputs(inputs) {
    if (inputs.list('group').length === 0)
        return undefined;
    return distribute/* distribute */.m.parse(inputs.with({ build: 'latest' }));
}
/** Decides, from what App Store Connect already has, what is left to do. */
function assess(build, uploads, file, now) {
    const ours = (upload) => upload.assetFile?.committedMd5 === file.checksums.md5;
    if (build) {
        const sameFile = uploads.some((upload) => upload.buildId === build.id && ours(upload));
        return { kind: 'exists', build, sameFile };
    }
    const inFlight = uploads.find((upload) => (upload.state === 'PROCESSING' || upload.state === 'COMPLETE') && ours(upload));
    if (inFlight)
        return { kind: 'in-flight', upload: inFlight };
    const pending = uploads.filter((upload) => upload.state === 'AWAITING_UPLOAD');
    const reusableFile = (record) => record === undefined ||
        (record.fileName === file.name &&
            record.fileSize === file.checksums.size &&
            record.committedMd5 === undefined &&
            record.parts.length > 0 &&
            (record.expiresAt === undefined || record.expiresAt > now + urlReuseMarginMs));
    const reuse = pending.find((upload) => reusableFile(upload.assetFile));
    return { kind: 'upload', reuse, stale: pending.filter((upload) => upload !== reuse) };
}
function describeIdentity(identity) {
    return `${identity.version} (${identity.buildNumber})`;
}
function planUpload(context, inputs, app, identity, checksums, situation) {
    const { client, log } = context;
    const fileName = (0,external_node_path_.basename)(inputs.buildPath);
    const session = {
        uploadId: situation.reuse?.id,
        file: situation.reuse?.assetFile,
        report: undefined,
    };
    const build = `build upload ${describeIdentity(identity)}`;
    const deletions = situation.stale.map((upload) => ({
        kind: 'delete',
        target: `build upload ${upload.id}`,
        detail: 'left unfinished by an earlier run with another file',
        apply: () => deleteUpload(client, upload.id),
    }));
    const create = session.uploadId
        ? undefined
        : {
            kind: 'create',
            target: build,
            detail: `${identity.platform} for ${app.bundleId}`,
            apply: async () => {
                const { id, existing } = await createUpload(client, app.id, identity);
                session.uploadId = id;
                if (existing) {
                    // Another run of this build (racing this one) made the upload first: resume it.
                    session.file = existing.assetFile;
                    session.sentElsewhere =
                        existing.state !== 'AWAITING_UPLOAD' ||
                            existing.assetFile?.committedMd5 !== undefined;
                    log.info(`Build upload ${id} for ${describeIdentity(identity)} was already made by another run (${existing.state}); resuming it.`);
                }
            },
        };
    const reserve = session.file
        ? undefined
        : {
            kind: 'create',
            target: `file ${fileName}`,
            detail: `${formatMegabytes(checksums.size)}, ${utiOf[inputs.kind]}`,
            apply: async () => {
                if (session.file)
                    return; // reserved by the run that made the upload
                session.file = await reserveFile(client, requireId(session.uploadId), {
                    fileName,
                    fileSize: checksums.size,
                    uti: utiOf[inputs.kind],
                });
            },
        };
    const send = {
        kind: 'update',
        target: `file ${fileName}`,
        detail: `send ${formatMegabytes(checksums.size)} in the parts App Store Connect hands out`,
        apply: async () => {
            if (session.sentElsewhere)
                return;
            const file = requireFile(session.file);
            log.info(`Sending ${formatMegabytes(file.fileSize)} in ${file.parts.length} part(s), up to ${client.maxConcurrency} at once.`);
            session.report = await uploadParts({
                filePath: inputs.buildPath,
                parts: file.parts,
                concurrency: client.maxConcurrency,
                retry: { maxAttempts: context.api.maxAttempts },
                // A part is up to 64 MiB: it gets at least five minutes, whatever the API's timeout.
                timeoutMs: Math.max(300_000, context.api.requestTimeoutMs),
                sleep: (ms) => context.sleep(ms),
                onProgress: progressLogger((message) => log.info(message)),
                onRetry: (message) => log.debug(message),
                ...(client.baseUrl.protocol === 'http:' ? { plainHttpHost: client.baseUrl.hostname } : {}),
            });
        },
    };
    const commit = {
        kind: 'submit',
        target: `file ${fileName}`,
        detail: `as uploaded, MD5 ${checksums.md5}`,
        apply: async () => {
            if (session.sentElsewhere)
                return;
            await commitFile(client, requireFile(session.file).id, checksums.md5);
        },
    };
    const plan = new shared_plan/* Plan */.cw().stage(deletions).step(create).step(reserve).step(send).step(commit);
    return { plan, session };
}
function requireId(id) {
    if (!id)
        throw new Error('the build upload was not created');
    return id;
}
function requireFile(file) {
    if (!file)
        throw new Error('the build upload file was not reserved');
    return file;
}
async function readArchive(inputs, log) {
    let info;
    try {
        info = await readBundleInfo(inputs.buildPath, inputs.kind);
    }
    catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        const complete = inputs.identity.bundleId && inputs.identity.version && inputs.identity.buildNumber;
        if (!complete) {
            throw new input_error/* InputError */.d('build-path', `cannot read the app's identity from it: ${problem}${inputs.kind === 'pkg' ? '; set bundle-id, app-version and build-number' : ''}`);
        }
        log.warning(`Could not read ${inputs.buildPath}: ${problem}; using the inputs instead.`);
    }
    if (info) {
        const found = [info.bundleId, info.version, info.buildNumber, info.platform];
        log.info(`${info.source}: ${found.map((value) => value ?? '(not set)').join(', ')}`);
    }
    const identity = resolveIdentity(info, inputs.identity, inputs.kind);
    const checksums = await computeFileChecksums(inputs.buildPath);
    log.info(`MD5 ${checksums.md5}, SHA-256 ${checksums.sha256}`);
    return { info, identity, checksums };
}
const uploadBuild = (0,operation/* defineOperation */.h)({
    name: 'upload-build',
    parse(inputs) {
        return {
            app: (0,resolve_app/* parseAppInput */.R)(inputs),
            ...parseBuildPath(inputs),
            identity: {
                ...optionalField('bundleId', inputs.optional('bundle-id')),
                ...optionalField('version', optionalVersion(inputs, 'app-version')),
                ...optionalField('buildNumber', optionalVersion(inputs, 'build-number')),
                ...optionalField('platform', inputs.choice('platform', resolve_build/* buildPlatforms */.Hb)),
            },
            skipExisting: inputs.boolean('skip-existing', false),
            uploadTimeoutMinutes: inputs.integer('upload-timeout-minutes', 30, { min: 1, max: 360 }),
            distribute: parseDistributeInputs(inputs),
        };
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const { info, identity, checksums } = await log.group('Reading the archive', () => readArchive(inputs, log));
        log.info(`${(0,external_node_path_.basename)(inputs.buildPath)}: ${identity.bundleId} ${describeIdentity(identity)} for ${identity.platform}, ${formatMegabytes(checksums.size)}`);
        const app = await (0,resolve_app/* resolveApp */.A)(client, inputs.app);
        if (app.bundleId !== identity.bundleId) {
            throw new input_error/* InputError */.d('app', `'${inputs.app}' is ${app.bundleId}, but the archive is ${identity.bundleId}`);
        }
        const toSubmit = {
            number: identity.buildNumber,
            version: identity.version,
            platform: identity.platform,
        };
        // A build of this version in beta review would refuse the submission after the upload: stop now.
        const checkReview = inputs.distribute?.submitBetaReview && !inputs.distribute.replaceBuildInReview;
        const [existingBuild, uploads, inReview] = await Promise.all([
            findBuild(client, app.id, identity),
            findUploads(client, app.id, identity),
            checkReview ? (0,build_in_review/* findBuildsInReview */.Q7)(client, app, toSubmit) : [],
        ]);
        if (inReview.length > 0)
            throw new build_in_review/* BuildInReviewError */.oe(toSubmit, inReview);
        const fileName = (0,external_node_path_.basename)(inputs.buildPath);
        const situation = assess(existingBuild, uploads, { name: fileName, checksums }, Date.now());
        let plan = new shared_plan/* Plan */.cw();
        let session = { uploadId: undefined, file: undefined, report: undefined };
        let status;
        if (situation.kind === 'exists') {
            const found = `build ${describeIdentity(identity)} of ${app.bundleId} was already uploaded (build ${situation.build.id}, ${situation.build.attributes?.processingState ?? 'state unknown'})`;
            if (situation.sameFile) {
                status = 'already-uploaded';
                log.info(`This file is already uploaded: ${found}.`);
            }
            else if (inputs.skipExisting) {
                status = 'skipped';
                log.warning(`${found}; nothing is uploaded, as skip-existing: true asks.`);
            }
            else {
                throw new input_error/* InputError */.d('build-path', `${found}; raise CFBundleVersion, or set skip-existing: true to succeed without uploading`);
            }
        }
        else if (situation.kind === 'in-flight') {
            status = 'resumed';
            session.uploadId = situation.upload.id;
            log.info(`This file was already sent (build upload ${situation.upload.id}, ${situation.upload.state}).`);
        }
        else {
            ({ plan, session } = planUpload(context, inputs, app, identity, checksums, situation));
            status = dryRun ? 'planned' : 'uploaded';
            if (situation.reuse) {
                log.info(`Resuming build upload ${situation.reuse.id}, left unfinished by an earlier run.`);
            }
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        let upload;
        let polls = 0;
        if (session.uploadId && !(dryRun && status === 'planned')) {
            const waited = await log.group('Waiting for App Store Connect to take the build in', () => waitForUpload(context, requireId(session.uploadId), inputs.uploadTimeoutMinutes));
            upload = waited.upload;
            polls = waited.polls;
        }
        const buildId = situation.kind === 'exists'
            ? situation.build.id
            : (upload?.buildId ??
                (upload ? (await findBuild(client, app.id, identity))?.id : undefined));
        if (buildId)
            log.info(`Build ${describeIdentity(identity)}: ${buildId}.`);
        const distribution = await distributeAfterUpload(context, inputs, identity, buildId);
        const report = session.report;
        const result = {
            app,
            archive: {
                path: inputs.buildPath,
                kind: inputs.kind,
                size: checksums.size,
                md5: checksums.md5,
                sha256: checksums.sha256,
                ...identity,
                readFrom: info?.source ?? null,
            },
            status,
            existingBuildId: situation.kind === 'exists' ? situation.build.id : null,
            buildUpload: upload
                ? {
                    id: upload.id,
                    state: upload.state,
                    errors: upload.errors,
                    warnings: upload.warnings,
                    polls,
                }
                : null,
            buildId: buildId ?? null,
            transfer: report
                ? {
                    parts: report.parts,
                    bytes: report.bytes,
                    retries: report.retries,
                    seconds: Math.round(report.durationMs) / 1000,
                    megabytesPerSecond: Number(megabytesPerSecond(report.bytes, report.durationMs).toFixed(1)),
                }
                : null,
            plan: plan.records(),
            applied,
            distribute: distribution?.result ?? null,
        };
        const outcome = {
            result,
            outputs: {
                'app-id': app.id,
                ...distribution?.outputs,
                'build-upload-id': upload?.id,
                'build-id': buildId,
                'build-number': identity.buildNumber,
                version: identity.version,
            },
            summary: {
                title: `${dryRun ? 'Dry run: upload' : 'Upload'} of ${app.name} ${describeIdentity(identity)}`,
                sections: [
                    uploadSection(inputs, identity, checksums, status, upload, buildId, report),
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                    ...(distribution
                        ? [{ heading: distribution.summary.title }, ...distribution.summary.sections]
                        : []),
                ],
            },
        };
        return outcome;
    },
});
async function distributeAfterUpload(context, inputs, identity, buildId) {
    if (!inputs.distribute)
        return undefined;
    if (!buildId) {
        if (!context.dryRun) {
            throw new Error('App Store Connect took the upload in but shows no build for it to distribute');
        }
        context.log.info(`dry-run: once uploaded, the build would be distributed to ${inputs.distribute.groups.join(', ')}.`);
        return undefined;
    }
    return context.log.group(`Distributing to ${inputs.distribute.groups.join(', ')}`, () => distribute/* distribute */.m.run(context, {
        ...inputs.distribute,
        build: {
            build: identity.buildNumber,
            version: identity.version,
            platform: identity.platform,
            id: buildId,
        },
    }));
}
const statusText = {
    uploaded: 'uploaded',
    'already-uploaded': 'already uploaded (this same file): nothing sent',
    skipped: 'a build with this number exists: skipped (skip-existing)',
    resumed: 'already sent by an earlier run: waited for it',
    planned: 'to be uploaded (dry run)',
};
function uploadSection(inputs, identity, checksums, status, upload, buildId, report) {
    const rows = [
        ['File', (0,external_node_path_.basename)(inputs.buildPath)],
        ['Bundle ID', identity.bundleId],
        ['Version', identity.version],
        ['Build number', identity.buildNumber],
        ['Platform', identity.platform],
        ['Size', formatMegabytes(checksums.size)],
        ['MD5', checksums.md5],
        ['Status', statusText[status]],
    ];
    if (upload) {
        rows.push(['Build upload', `${upload.id} (${(0,step_summary/* readableState */.YO)(upload.state)}, ${upload.state})`]);
    }
    if (buildId)
        rows.push(['Build', buildId]);
    if (report) {
        rows.push([
            'Transfer',
            `${report.parts} part(s) in ${(report.durationMs / 1000).toFixed(1)} s, ${megabytesPerSecond(report.bytes, report.durationMs).toFixed(1)} MB/s, ${report.retries} retried`,
        ]);
    }
    return { heading: 'Build', table: { header: ['Item', 'Value'], rows } };
}
function optionalField(key, value) {
    return (value === undefined ? {} : { [key]: value });
}

;// CONCATENATED MODULE: ./src/operations/testflight/upload-build/index.ts

const operations = [uploadBuild];


/***/ })

};
