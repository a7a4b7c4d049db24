export const id = 136;
export const ids = [136];
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

/***/ 2899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ defineOperation)
/* harmony export */ });
function defineOperation(operation) {
    return operation;
}


/***/ }),

/***/ 755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  operations: () => (/* binding */ operations)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/asc/pagination.ts
var pagination = __webpack_require__(3105);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/crypto/signing-identity.ts
/**
 * The signing identity of a new certificate: an RSA key pair, the certificate signing request sent
 * to Apple, and the PKCS#12 (.p12) bundle of the issued certificate with its key. node-forge does the
 * CSR and PKCS#12 encoding; it is imported on demand so that the main bundle stays small.
 */


async function loadForge() {
    const module = (await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.t.bind(__webpack_require__, 8542, 23)));
    return module.default ?? module;
}
const generateRsaKeyPair = (0,external_node_util_.promisify)(external_node_crypto_.generateKeyPair);
/** Generates a 2048-bit RSA key (natively, which is fast) and a CSR for it signed with SHA-256. */
async function createSigningRequest(subject) {
    const forge = await loadForge();
    const { privateKey } = await generateRsaKeyPair('rsa', {
        modulusLength: 2048,
        publicKeyEncoding: { type: 'spki', format: 'pem' },
        privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const forgeKey = forge.pki.privateKeyFromPem(privateKey);
    const csr = forge.pki.createCertificationRequest();
    csr.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
    csr.setSubject([
        { name: 'commonName', value: subject.commonName },
        ...(subject.email ? [{ name: 'emailAddress', value: subject.email }] : []),
    ]);
    csr.sign(forgeKey, forge.md.sha256.create());
    return { privateKeyPem: privateKey, csrPem: forge.pki.certificationRequestToPem(csr) };
}
/** Whether the certificate (base64 DER, as Apple returns `certificateContent`) is for this key. */
function certificateMatchesKey(certificateBase64, privateKeyPem) {
    const certificate = new external_node_crypto_.X509Certificate(Buffer.from(certificateBase64, 'base64'));
    const fromKey = (0,external_node_crypto_.createPublicKey)(privateKeyPem).export({ type: 'spki', format: 'der' });
    const fromCertificate = certificate.publicKey.export({ type: 'spki', format: 'der' });
    return Buffer.compare(fromKey, fromCertificate) === 0;
}
/** The certificate's common name, e.g. `Apple Distribution: Example Corp (TEAMID)`. */
function certificateCommonName(certificateBase64) {
    const certificate = new external_node_crypto_.X509Certificate(Buffer.from(certificateBase64, 'base64'));
    return /(?:^|\n)CN=([^\n]+)/.exec(certificate.subject)?.[1];
}
/**
 * Bundles the key and its certificate into a password-protected PKCS#12 file. Triple DES and SHA-1
 * are used because the macOS keychain (`security import`) still refuses the AES-based encryption
 * newer OpenSSL versions default to.
 */
async function createPkcs12(options) {
    const forge = await loadForge();
    const key = forge.pki.privateKeyFromPem(options.privateKeyPem);
    const der = forge.util.decode64(options.certificateBase64);
    const certificate = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der));
    const asn1 = forge.pkcs12.toPkcs12Asn1(key, [certificate], options.password, {
        algorithm: '3des',
        ...(options.friendlyName ? { friendlyName: options.friendlyName } : {}),
    });
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
/** A random password for the .p12: 24 characters from the URL-safe base64 alphabet. */
function generateP12Password() {
    return (0,external_node_crypto_.randomBytes)(18).toString('base64url');
}

// EXTERNAL MODULE: ./src/operations/operation.ts
var operation = __webpack_require__(2899);
// EXTERNAL MODULE: ./src/operations/shared/plan.ts
var shared_plan = __webpack_require__(5099);
// EXTERNAL MODULE: ./src/asc/dates.ts
var dates = __webpack_require__(980);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-certificates.ts


/** Apple's limits on active certificates of one type per team (development ones are per person). */
const maxCertificatesPerType = {
    DISTRIBUTION: 3,
    IOS_DISTRIBUTION: 3,
    MAC_APP_DISTRIBUTION: 3,
    MAC_INSTALLER_DISTRIBUTION: 3,
    DEVELOPER_ID_APPLICATION: 5,
    DEVELOPER_ID_APPLICATION_G2: 5,
    DEVELOPER_ID_KEXT: 5,
    DEVELOPER_ID_KEXT_G2: 5,
};
function maxCertificatesOf(type) {
    return maxCertificatesPerType[type];
}
const developmentCertificates = ['DEVELOPMENT', 'IOS_DEVELOPMENT'];
const distributionCertificates = ['DISTRIBUTION', 'IOS_DISTRIBUTION'];
const macDevelopmentCertificates = ['DEVELOPMENT', 'MAC_APP_DEVELOPMENT'];
const macDistributionCertificates = ['DISTRIBUTION', 'MAC_APP_DISTRIBUTION'];
const developerIdCertificates = [
    'DEVELOPER_ID_APPLICATION',
    'DEVELOPER_ID_APPLICATION_G2',
];
/** The certificate types that can sign a profile of this type. */
function certificateTypesFor(profileType) {
    switch (profileType) {
        case 'IOS_APP_DEVELOPMENT':
        case 'TVOS_APP_DEVELOPMENT':
            return developmentCertificates;
        case 'MAC_APP_DEVELOPMENT':
        case 'MAC_CATALYST_APP_DEVELOPMENT':
            return macDevelopmentCertificates;
        case 'MAC_APP_STORE':
        case 'MAC_CATALYST_APP_STORE':
            return macDistributionCertificates;
        case 'MAC_APP_DIRECT':
        case 'MAC_CATALYST_APP_DIRECT':
            return developerIdCertificates;
        default:
            return distributionCertificates;
    }
}
function toCertificateSummary(certificate) {
    const a = certificate.attributes ?? {};
    return {
        id: certificate.id,
        name: a.name ?? '',
        displayName: a.displayName ?? '',
        certificateType: a.certificateType ?? null,
        serialNumber: a.serialNumber ?? '',
        platform: a.platform ?? null,
        expirationDate: a.expirationDate ?? null,
    };
}
function isCertificateExpired(certificate, now = Date.now()) {
    const expires = (0,dates/* appleInstant */.G)(certificate.expirationDate);
    return expires !== undefined && expires <= now;
}
const certificateFields = [
    'name',
    'displayName',
    'certificateType',
    'serialNumber',
    'platform',
    'expirationDate',
];
/** The team's certificates, of the given types when any are given. */
async function listCertificates(client, options = {}) {
    const { data } = await (0,pagination/* collectAll */._U)(client, '/v1/certificates', {
        filter: { certificateType: options.types, serialNumber: options.serialNumbers },
        fields: { certificates: certificateFields },
    });
    return data.map(toCertificateSummary);
}
/** The unexpired certificates that can sign a profile of this type. */
async function validCertificatesFor(client, profileType) {
    const certificates = await listCertificates(client, { types: certificateTypesFor(profileType) });
    return certificates.filter((certificate) => !isCertificateExpired(certificate));
}
function describeCertificate(certificate) {
    const expires = certificate.expirationDate
        ? `, expires ${certificate.expirationDate.slice(0, 10)}`
        : '';
    return `${certificate.name || certificate.displayName} (${certificate.certificateType ?? '?'}, id ${certificate.id}, serial ${certificate.serialNumber}${expires})`;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/create-certificate.ts







const certificateTypes = [
    'DEVELOPMENT',
    'DISTRIBUTION',
    'IOS_DEVELOPMENT',
    'IOS_DISTRIBUTION',
    'MAC_APP_DEVELOPMENT',
    'MAC_APP_DISTRIBUTION',
    'MAC_INSTALLER_DISTRIBUTION',
    'DEVELOPER_ID_APPLICATION',
    'DEVELOPER_ID_APPLICATION_G2',
    'DEVELOPER_ID_KEXT',
    'DEVELOPER_ID_KEXT_G2',
    'PASS_TYPE_ID',
    'PASS_TYPE_ID_WITH_NFC',
    'APPLE_PAY',
    'APPLE_PAY_MERCHANT_IDENTITY',
    'APPLE_PAY_PSP_IDENTITY',
    'APPLE_PAY_RSA',
    'IDENTITY_ACCESS',
];
/**
 * Finds the certificate Apple issued for our key: after a lost answer, the one certificate of the
 * type whose public key is ours shows that the create happened.
 */
async function findIssuedFor(client, type, privateKeyPem) {
    const { data } = await (0,pagination/* collectAll */._U)(client, '/v1/certificates', {
        filter: { certificateType: type },
        fields: {
            certificates: [
                'name',
                'certificateType',
                'displayName',
                'serialNumber',
                'platform',
                'expirationDate',
                'certificateContent',
            ],
        },
    });
    return data.find((certificate) => {
        const content = certificate.attributes?.certificateContent;
        return content !== undefined && certificateMatchesKey(content, privateKeyPem);
    });
}
function defaultP12Path(tempDir, type, serial) {
    return (0,external_node_path_.join)(tempDir, `${type.toLowerCase()}-${serial}.p12`);
}
/**
 * `create-certificate`: generates a private key and CSR here, has Apple issue the certificate, and
 * writes a password-protected `.p12` of both (path and base64 as outputs; base64 and password
 * masked). Each run makes a new key, so a successful run is not repeated by a re-run: it always
 * asks for a new certificate.
 */
const createCertificate = (0,operation/* defineOperation */.h)({
    name: 'create-certificate',
    parse: (inputs) => {
        const certificateType = inputs.requiredChoice('certificate-type', certificateTypes, 'it names the certificate to create');
        const password = inputs.secret('p12-password');
        return {
            certificateType,
            password,
            p12Path: inputs.outputPath('p12-path'),
            tempDir: inputs.tempDir,
            commonName: inputs.optional('common-name') ?? 'App Store Connect GitHub Action',
        };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const type = inputs.certificateType;
        const existing = (await listCertificates(client, { types: [type] })).filter((certificate) => !isCertificateExpired(certificate));
        const max = maxCertificatesOf(type);
        if (max !== undefined && existing.length >= max) {
            log.warning([
                `The team already has ${existing.length} current ${type} certificate(s), Apple's maximum (${max}); Apple will likely refuse a new one. Revoke one first (operation: revoke-certificate):`,
                ...existing.map((certificate) => `  - ${describeCertificate(certificate)}`),
            ].join('\n'));
        }
        let issued;
        let p12;
        const plan = new shared_plan/* Plan */.cw().step({
            kind: 'create',
            target: `certificate ${type}`,
            detail: 'new private key and CSR generated here; .p12 written',
            apply: async () => {
                const request = await createSigningRequest({ commonName: inputs.commonName });
                const body = {
                    data: {
                        type: 'certificates',
                        attributes: { certificateType: type, csrContent: request.csrPem },
                    },
                };
                const document = await client.post('/v1/certificates', body, {
                    recover: async () => {
                        const found = await findIssuedFor(client, type, request.privateKeyPem);
                        return found ? { data: found } : undefined;
                    },
                });
                const certificate = document?.data;
                const content = certificate?.attributes?.certificateContent;
                if (!certificate || !content)
                    throw new Error('Apple answered without the certificate');
                if (!certificateMatchesKey(content, request.privateKeyPem)) {
                    throw new Error(`certificate ${certificate.id} is not for the key generated here`);
                }
                issued = toCertificateSummary(certificate);
                const password = inputs.password ?? generateP12Password();
                context.mask(password);
                const bytes = await createPkcs12({
                    privateKeyPem: request.privateKeyPem,
                    certificateBase64: content,
                    password,
                    friendlyName: certificateCommonName(content) ?? issued.name,
                });
                const base64 = bytes.toString('base64');
                context.mask(base64);
                const path = inputs.p12Path ?? defaultP12Path(inputs.tempDir, type, issued.serialNumber);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
                await (0,promises_.writeFile)(path, bytes, { mode: 0o600 });
                await (0,promises_.chmod)(path, 0o600);
                p12 = { path, base64, password };
            },
        });
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        if (issued)
            log.info(`Issued ${describeCertificate(issued)}; .p12 written to ${p12?.path}`);
        return {
            result: {
                certificateType: type,
                certificate: issued ?? null,
                existing,
                maxCertificates: max ?? null,
                p12Path: p12?.path ?? null,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'certificate-id': issued?.id,
                'certificate-serial-number': issued?.serialNumber,
                'certificate-expiration-date': issued?.expirationDate ?? undefined,
                'p12-path': p12?.path,
                'p12-base64': p12?.base64,
                'p12-password': p12?.password,
            },
            summary: {
                title: `Certificate ${type}`,
                sections: [
                    {
                        lines: [
                            issued
                                ? `Issued ${describeCertificate(issued)}.`
                                : `Not created (dry run). The team has ${existing.length} current ${type} certificate(s).`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/asc/errors.ts
var errors = __webpack_require__(9678);
// EXTERNAL MODULE: ./src/asc/json-api.ts
var json_api = __webpack_require__(5086);
// EXTERNAL MODULE: ./src/operations/shared/included-relationships.ts
var included_relationships = __webpack_require__(4298);
// EXTERNAL MODULE: ./src/asc/query.ts
var query = __webpack_require__(2733);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-profiles.ts






const profileTypes = [
    'IOS_APP_DEVELOPMENT',
    'IOS_APP_STORE',
    'IOS_APP_ADHOC',
    'IOS_APP_INHOUSE',
    'MAC_APP_DEVELOPMENT',
    'MAC_APP_STORE',
    'MAC_APP_DIRECT',
    'TVOS_APP_DEVELOPMENT',
    'TVOS_APP_STORE',
    'TVOS_APP_ADHOC',
    'TVOS_APP_INHOUSE',
    'MAC_CATALYST_APP_DEVELOPMENT',
    'MAC_CATALYST_APP_STORE',
    'MAC_CATALYST_APP_DIRECT',
];
/** Development and ad hoc profiles list the devices they run on; the others list none. */
function profileTypeHoldsDevices(type) {
    return /_DEVELOPMENT$|_ADHOC$/.test(type);
}
/** Where a profile runs: the device platform its devices are registered under. */
function devicePlatformOf(type) {
    return type.startsWith('MAC_') ? 'MAC_OS' : 'IOS';
}
function isProfileExpired(profile, now = Date.now()) {
    const expires = (0,dates/* appleInstant */.G)(profile.expirationDate);
    return expires !== undefined && expires <= now;
}
/** Why a profile cannot be used as it is, or undefined when it can. */
function profileDefect(profile, now = Date.now()) {
    if (profile.state === 'INVALID')
        return 'Apple marks it INVALID';
    if (isProfileExpired(profile, now))
        return `it expired on ${profile.expirationDate}`;
    return undefined;
}
function toProfileSummary(profile, included, withDevices) {
    const a = profile.attributes ?? {};
    const bundleIdId = (0,json_api/* relatedId */.Dl)(profile, 'bundleId');
    const bundle = bundleIdId
        ? included.get({ type: 'bundleIds', id: bundleIdId })
        : undefined;
    return {
        id: profile.id,
        name: a.name ?? '',
        profileType: a.profileType ?? 'IOS_APP_DEVELOPMENT',
        state: a.profileState ?? null,
        uuid: a.uuid ?? '',
        expirationDate: a.expirationDate ?? null,
        bundleId: bundleIdId
            ? { id: bundleIdId, identifier: bundle?.attributes?.identifier ?? '' }
            : undefined,
        certificateIds: (0,json_api/* relatedIds */.qj)(profile, 'certificates'),
        deviceIds: withDevices ? (0,json_api/* relatedIds */.qj)(profile, 'devices') : undefined,
        ...(a.profileContent ? { content: a.profileContent } : {}),
    };
}
/**
 * Lists profiles with their bundle ID and certificates (and devices, when asked), one paginated
 * listing; a profile with as many certificates or devices as a listing carries (50; Apple's count
 * there is no count) is completed with one more read of that relationship.
 */
async function listProfiles(client, query = {}) {
    const withDevices = query.withDevices ?? false;
    const include = ['bundleId', 'certificates', ...(withDevices ? ['devices'] : [])];
    const listQuery = {
        filter: {
            name: query.names,
            id: query.ids,
            profileType: query.types,
            profileState: query.states,
        },
        include,
        fields: {
            profiles: [...profileFields(query.withContent), ...include],
            bundleIds: ['identifier'],
            certificates: ['certificateType'],
            ...(withDevices ? { devices: ['udid'] } : {}),
        },
        limits: (0,included_relationships/* includedLimits */.zV)(['certificates', ...(withDevices ? ['devices'] : [])]),
    };
    const { data, included } = await (0,pagination/* collectAll */._U)(client, '/v1/profiles', listQuery);
    return Promise.all(data.map(async (profile) => {
        const summary = toProfileSummary(profile, included, withDevices);
        summary.certificateIds = await (0,included_relationships/* completeRelatedIds */.JK)(client, profile, 'certificates');
        if (withDevices)
            summary.deviceIds = await (0,included_relationships/* completeRelatedIds */.JK)(client, profile, 'devices');
        return summary;
    }));
}
/**
 * Finds profiles by name or id: names first (exact match), then the rest as ids. Returns the found
 * profiles and the items that matched nothing.
 */
async function findProfiles(client, namesOrIds, query = {}) {
    const byName = await listProfiles(client, { ...query, names: namesOrIds });
    const found = byName.filter((profile) => namesOrIds.includes(profile.name));
    const unmatched = namesOrIds.filter((item) => !found.some((profile) => profile.name === item));
    const idLike = unmatched.filter((item) => /^[A-Z0-9]{6,}$/.test(item));
    if (idLike.length > 0) {
        found.push(...(await listProfiles(client, { ...query, ids: idLike })));
    }
    const missing = unmatched.filter((item) => !found.some((profile) => profile.id === item));
    const unique = [...new Map(found.map((profile) => [profile.id, profile])).values()];
    return { found: unique, missing };
}
/** Exact-name look-up of one profile (used to recover a create whose answer was lost). */
async function findProfileByName(client, name) {
    const profiles = await listProfiles(client, { names: [name], withDevices: true });
    return profiles.find((profile) => profile.name === name);
}
/** The `.mobileprovision` content of one profile (base64), read when a create's answer lacked it. */
async function readProfileContent(client, id) {
    const document = await client.get(`/v1/profiles/${id}${(0,query/* toQueryString */.z)({ fields: { profiles: ['profileContent'] } })}`);
    return document.data.attributes?.profileContent ?? '';
}
/** The profile attributes every listing reads (the content only when it is to be written). */
function profileFields(withContent) {
    return [
        'name',
        'profileType',
        'profileState',
        'uuid',
        'expirationDate',
        ...(withContent ? ['profileContent'] : []),
    ];
}
/**
 * The profiles of one bundle ID, read through its relationship (`/v1/bundleIds/{id}/profiles`:
 * only this app's profiles, however many the team has; one request in the common case). Apple's
 * relationship can list deleted ("stale") profiles, which come without content and answer 404
 * when read: with `withContent`, a profile listed without content is read by id, and one that
 * answers 404 comes back in `unreadable`, never as a failure.
 */
async function listBundleIdProfiles(client, bundle, query = {}) {
    const { data } = await (0,pagination/* collectAll */._U)(client, `/v1/bundleIds/${encodeURIComponent(bundle.id)}/profiles`, {
        fields: {
            profiles: profileFields(query.withContent),
        },
        limit: 200,
    });
    const types = query.types && query.types.length > 0 ? query.types : undefined;
    const listed = data
        .map((profile) => ({
        ...toProfileSummary(profile, new json_api/* IncludedIndex */.d$(), false),
        bundleId: { id: bundle.id, identifier: bundle.identifier },
    }))
        .filter((profile) => !types || types.includes(profile.profileType));
    const profiles = [];
    const unreadable = [];
    for (const profile of listed) {
        if (query.withContent && !profile.content) {
            try {
                profile.content = await readProfileContent(client, profile.id);
            }
            catch (error) {
                if (!(error instanceof errors/* AscApiError */.o && error.status === 404))
                    throw error;
                unreadable.push({ id: profile.id, name: profile.name });
                continue;
            }
        }
        profiles.push(profile);
    }
    return { profiles, unreadable };
}

;// CONCATENATED MODULE: ./src/operations/shared/profile-creation.ts

function profileCreateRequest(spec, deviceIds) {
    const holdsDevices = profileTypeHoldsDevices(spec.profileType);
    return {
        data: {
            type: 'profiles',
            attributes: { name: spec.name, profileType: spec.profileType },
            relationships: {
                bundleId: { data: { type: 'bundleIds', id: spec.bundleId.id } },
                certificates: { data: spec.certificateIds.map((id) => ({ type: 'certificates', id })) },
                ...(holdsDevices
                    ? { devices: { data: deviceIds.map((id) => ({ type: 'devices', id })) } }
                    : {}),
            },
        },
    };
}
function fromDocument(profile, deviceCount) {
    const a = profile.attributes ?? {};
    return {
        id: profile.id,
        name: a.name ?? '',
        uuid: a.uuid ?? '',
        profileType: a.profileType ?? 'IOS_APP_DEVELOPMENT',
        deviceCount,
        ...(a.profileContent ? { content: a.profileContent } : {}),
        ...(a.expirationDate ? { expirationDate: a.expirationDate } : {}),
    };
}
/**
 * Creates a profile. Profile names are unique on a team, so a create whose answer was lost is
 * recognised by a profile of that name other than `replacing` (the one just deleted, if any).
 */
async function createProfile(client, spec, deviceIds, replacing) {
    const recover = async () => {
        const existing = await findProfileByName(client, spec.name);
        if (!existing || existing.id === replacing)
            return undefined;
        return {
            data: {
                type: 'profiles',
                id: existing.id,
                attributes: {
                    name: existing.name,
                    profileType: existing.profileType,
                    uuid: existing.uuid,
                    ...(existing.expirationDate ? { expirationDate: existing.expirationDate } : {}),
                },
            },
        };
    };
    const document = await client.post('/v1/profiles', profileCreateRequest(spec, deviceIds), { recover });
    if (!document)
        throw new Error(`POST /v1/profiles answered without the created profile`);
    const holdsDevices = profileTypeHoldsDevices(spec.profileType);
    return fromDocument(document.data, holdsDevices ? deviceIds.length : 0);
}
/** The action inputs that create this profile again, as a workflow step's `with:` lines. */
function restoreInputs(spec) {
    return [
        'operation: create-profile',
        `profile-name: ${spec.name}`,
        `profile-type: ${spec.profileType}`,
        `bundle-id: ${spec.bundleId.identifier}`,
        `certificate-ids: ${spec.certificateIds.join(',')}`,
    ];
}
/** A profile was deleted to be regenerated, and its replacement could not be created. */
class ProfileRecreateError extends Error {
    deleted;
    spec;
    constructor(deleted, spec, cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        super([
            `Profile '${deleted.name}' (${deleted.profileType}, id ${deleted.id}, UUID ${deleted.uuid}) was deleted to be regenerated, but its replacement could not be created: ${reason}`,
            'Re-run this action with these inputs to restore it (with every enabled device of its platform):',
            ...restoreInputs(spec).map((line) => `  ${line}`),
        ].join('\n'), { cause });
        this.deleted = deleted;
        this.spec = spec;
        this.name = 'ProfileRecreateError';
    }
}
/**
 * Deletes a profile and creates its replacement with the same name, type, bundle ID and
 * certificates (Apple has no update for profiles and refuses a second profile of the same name).
 * `deviceIds` is called before anything is deleted, so that a failure to read (or a development or
 * ad hoc profile left without any device, which Apple would refuse to create) leaves all as is;
 * `onDeleted` reports the delete, so that a failure of the create says what was already done.
 */
async function regenerateProfile(client, old, spec, deviceIds, onDeleted) {
    const devices = await deviceIds();
    if (devices.length === 0 && profileTypeHoldsDevices(spec.profileType)) {
        throw new Error(`Profile '${old.name}' (${old.profileType}, id ${old.id}) was left as it is: its replacement would hold no device, and Apple refuses a ${spec.profileType} profile without devices. Register or enable a device of its platform first, or delete the profile (operation: delete-profile).`);
    }
    await client.delete(`/v1/profiles/${old.id}`);
    onDeleted(`delete profile '${old.name}' (id ${old.id}, UUID ${old.uuid}), to be re-created`);
    try {
        return await createProfile(client, spec, devices, old.id);
    }
    catch (error) {
        throw new ProfileRecreateError(old, spec, error);
    }
}

;// CONCATENATED MODULE: ./src/input-formats/device-identity.ts
/** Apple's limit on a registered device's name. */
const maxDeviceNameLength = 50;
/**
 * Platform words users write, compared case-insensitively with `_`, `-` and spaces removed.
 * Watches, Apple TVs and Vision Pros are registered under Apple's IOS platform.
 */
const platformWords = new Map(Object.entries({
    ios: 'IOS',
    iphone: 'IOS',
    iphoneos: 'IOS',
    ipad: 'IOS',
    ipados: 'IOS',
    ipod: 'IOS',
    tvos: 'IOS',
    watchos: 'IOS',
    visionos: 'IOS',
    mac: 'MAC_OS',
    macos: 'MAC_OS',
    osx: 'MAC_OS',
}));
function platformFromWord(word) {
    const key = word.toLowerCase().replace(/[\s_-]/g, '');
    return platformWords.get(key);
}
/**
 * In space-separated lines the last word is a platform only when spelled as a platform: all
 * lower-case, all upper-case or Apple's own spelling. "Mac" and "iPhone" end many device names
 * ("Ann's iPhone", "Build Mac"), so they stay part of the name.
 */
const trailingPlatformWords = new Map([
    ...['ios', 'IOS', 'iOS'].map((word) => [word, 'IOS']),
    ...['mac', 'MAC', 'macos', 'MACOS', 'macOS', 'mac_os', 'MAC_OS'].map((word) => [word, 'MAC_OS']),
]);
function trailingPlatformFromWord(word) {
    return trailingPlatformWords.get(word);
}
/** What Apple's upload file writes in its platform column. */
function platformWord(platform) {
    return platform === 'IOS' ? 'ios' : 'mac';
}
const udidShapes = [
    ['legacy', /^[0-9a-f]{40}$/i],
    // Newer iPhones/iPads and Apple Silicon Macs: 8 hex digits (the chip, e.g. 00008030 or 00006000
    // for M1 Pro Macs), a dash, 16 hex digits (the ECID).
    // Apple takes it with or without the dash, as the same device.
    ['chip-id', /^[0-9a-f]{8}-?[0-9a-f]{16}$/i],
    ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
];
const accepted = {
    IOS: ['legacy', 'chip-id'],
    MAC_OS: ['uuid', 'chip-id'],
};
function udidShape(udid) {
    return udidShapes.find(([, pattern]) => pattern.test(udid))?.[0];
}
/**
 * Checks a UDID against the platform, or infers the platform when none is given (a UUID is a
 * Mac; 40 hex digits or the chip-id form is an iPhone/iPad). Returns a problem text when it does not fit.
 */
function resolveUdidPlatform(udid, given) {
    const shape = udidShape(udid);
    if (given === undefined) {
        if (shape === undefined) {
            return {
                problem: 'is not a device UDID (expected 40 hex digits, 00008xxx-xxxxxxxxxxxxxxxx with or without its dash, or a Mac UUID)',
            };
        }
        return { platform: shape === 'uuid' ? 'MAC_OS' : 'IOS' };
    }
    if (shape !== undefined && accepted[given].includes(shape))
        return { platform: given };
    return {
        problem: given === 'IOS'
            ? 'is not an iOS UDID (expected 40 hex digits or 00008xxx-xxxxxxxxxxxxxxxx, with or without its dash)'
            : 'is not a Mac UDID (expected a UUID or 00008xxx-xxxxxxxxxxxxxxxx)',
    };
}
/**
 * The key two UDIDs share when Apple takes them as one device: without dashes, lower-case
 * (`00008030-001A2B3C4D5E6F70` and `00008030001a2b3c4d5e6f70` are the same device).
 */
function udidKey(udid) {
    return udid.replace(/-/g, '').toLowerCase();
}
/**
 * The spellings Apple may hold a UDID under, for an exact `filter[udid]`: a chip-id UDID with and
 * without its dash; any other UDID as it is.
 */
function udidSpellings(udid) {
    const compact = udid.replace(/-/g, '');
    if (!/^[0-9a-f]{24}$/i.test(compact))
        return [udid];
    const dashed = `${compact.slice(0, 8)}-${compact.slice(8)}`;
    return [...new Set([udid, dashed, compact])];
}

;// CONCATENATED MODULE: ./src/operations/shared/resolve-devices.ts



const deviceFields = {
    devices: ['name', 'platform', 'udid', 'deviceClass', 'status', 'model', 'addedDate'],
};
function toAccountDevice(device) {
    const a = device.attributes ?? {};
    return {
        id: device.id,
        udid: a.udid ?? '',
        name: a.name ?? '',
        platform: a.platform ?? null,
        deviceClass: a.deviceClass ?? null,
        model: a.model ?? null,
        status: a.status ?? null,
        addedDate: a.addedDate ?? null,
    };
}
/** Every registered device of the team (optionally narrowed), in one paginated listing. */
async function listAllDevices(client, filter = {}) {
    const { data } = await (0,pagination/* collectAll */._U)(client, '/v1/devices', {
        filter,
        fields: deviceFields,
        sort: ['name'],
    });
    return data.map(toAccountDevice);
}
/** Apple compares UDIDs without regard to case or the chip-id's dash (and answers in either form). */

/** The device registered with this UDID, if any (Apple's `filter[udid]`, checked for an exact match). */
async function findDeviceByUdid(client, udid) {
    const document = await client.get(`/v1/devices${(0,query/* toQueryString */.z)({ filter: { udid: udidSpellings(udid) }, fields: deviceFields, limit: 200 })}`);
    const match = document.data.find((device) => udidKey(device.attributes?.udid ?? '') === udidKey(udid));
    return match ? toAccountDevice(match) : undefined;
}
/**
 * Registers a device. A create whose answer was lost is recovered by looking the UDID up, and
 * Apple's 409 "already exists on this team" (another run registered it meanwhile) resolves to the
 * existing device, so the device is never registered twice and a race is not a failure.
 */
async function registerDevice(client, device) {
    const body = {
        data: {
            type: 'devices',
            attributes: { udid: device.udid, name: device.name, platform: device.platform },
        },
    };
    const recover = async () => {
        const found = await findDeviceByUdid(client, device.udid);
        return found ? { data: fromAccountDevice(found) } : undefined;
    };
    // A 409 (another run registered it first) is re-read by `recover` in the client.
    const created = await client.post('/v1/devices', body, { recover });
    if (!created)
        throw new Error(`POST /v1/devices answered without the registered device`);
    return toAccountDevice(created.data);
}
function fromAccountDevice(device) {
    return {
        type: 'devices',
        id: device.id,
        attributes: {
            udid: device.udid,
            name: device.name,
            ...(device.platform ? { platform: device.platform } : {}),
            ...(device.deviceClass ? { deviceClass: device.deviceClass } : {}),
            ...(device.status ? { status: device.status } : {}),
            ...(device.model ? { model: device.model } : {}),
            ...(device.addedDate ? { addedDate: device.addedDate } : {}),
        },
    };
}
/** Renames and/or enables or disables a device (a PATCH, which the client retries safely). */
async function updateDevice(client, id, attributes) {
    const body = { data: { type: 'devices', id, attributes } };
    await client.patch(`/v1/devices/${encodeURIComponent(id)}`, body);
}

;// CONCATENATED MODULE: ./src/operations/shared/profile-devices.ts


/**
 * Whether a device of this platform and class belongs in a profile of this type: iOS profiles take
 * the iOS devices but Apple TVs, tvOS profiles only Apple TVs, Mac profiles the Macs. A UNIVERSAL
 * device fits every platform. The class may be unknown (a device not yet registered).
 */
function deviceFitsProfile(type, device) {
    const platform = devicePlatformOf(type);
    if (device.platform !== platform && device.platform !== 'UNIVERSAL')
        return false;
    if (platform === 'MAC_OS')
        return true;
    const isTv = device.deviceClass === 'APPLE_TV';
    return type.startsWith('TVOS_') ? isTv : !isTv;
}
function devicesForProfile(type, devices) {
    return devices.filter((device) => deviceFitsProfile(type, device));
}
/** Every enabled device of the team, both platforms, in one paginated listing. */
function listEnabledDevices(client) {
    return listAllDevices(client, { status: 'ENABLED' });
}
/**
 * Reads the enabled devices once, the first time any change of a plan asks, while that plan is
 * applied: so that devices registered by earlier stages of the same plan are included.
 */
function enabledDevicesAtApplyTime(client) {
    let reading;
    return () => {
        reading ??= listEnabledDevices(client).catch((error) => {
            reading = undefined;
            throw error;
        });
        return reading;
    };
}

;// CONCATENATED MODULE: ./src/operations/shared/plan-profile-creation.ts





const typeLabels = [
    [/_DEVELOPMENT$/, 'Development'],
    [/_ADHOC$/, 'Ad Hoc'],
    [/_STORE$/, 'App Store'],
    [/_INHOUSE$/, 'In House'],
    [/_DIRECT$/, 'Direct'],
];
/** The name a profile gets when none is given, e.g. `com.example.app Ad Hoc` (tvOS/Mac marked). */
function defaultProfileName(identifier, type) {
    const label = typeLabels.find(([pattern]) => pattern.test(type))?.[1] ?? type;
    const platform = type.startsWith('TVOS_')
        ? ' tvOS'
        : type.startsWith('MAC_CATALYST_')
            ? ' Catalyst'
            : type.startsWith('MAC_')
                ? ' macOS'
                : '';
    return `${identifier}${platform} ${label}`;
}
async function chooseCertificates(client, request) {
    const valid = await validCertificatesFor(client, request.profileType);
    if (request.certificateIds.length === 0) {
        if (valid.length === 0) {
            throw new input_error/* InputError */.d('certificate-ids', `the team has no valid certificate that can sign a ${request.profileType} profile (${certificateTypesFor(request.profileType).join(' or ')}); create one first (operation: create-certificate)`);
        }
        return valid.map((certificate) => certificate.id);
    }
    const unusable = request.certificateIds.filter((id) => !valid.some((c) => c.id === id));
    if (unusable.length > 0) {
        throw new input_error/* InputError */.d('certificate-ids', `${unusable.join(', ')} ${unusable.length === 1 ? 'is not a valid certificate' : 'are not valid certificates'} of type ${certificateTypesFor(request.profileType).join(' or ')}; valid ones: ${valid.map((c) => c.id).join(', ') || 'none'}`);
    }
    return request.certificateIds;
}
async function chooseDevices(client, request) {
    if (!profileTypeHoldsDevices(request.profileType)) {
        if (request.devices.length > 0) {
            throw new input_error/* InputError */.d('device-ids', `a ${request.profileType} profile does not list devices`);
        }
        return [];
    }
    const eligible = devicesForProfile(request.profileType, await listEnabledDevices(client));
    if (request.devices.length === 0) {
        if (eligible.length === 0) {
            throw new input_error/* InputError */.d('device-ids', `the team has no enabled ${devicePlatformOf(request.profileType)} device for a ${request.profileType} profile; register devices first (operation: register-devices)`);
        }
        return eligible.map((device) => device.id);
    }
    const chosen = [];
    const unknown = [];
    for (const wanted of request.devices) {
        const device = eligible.find((d) => d.id === wanted || d.udid.toLowerCase() === wanted.toLowerCase());
        if (device)
            chosen.push(device.id);
        else
            unknown.push(wanted);
    }
    if (unknown.length > 0) {
        throw new input_error/* InputError */.d('device-ids', `no enabled ${devicePlatformOf(request.profileType)} device has the id or UDID ${unknown.join(', ')}`);
    }
    return [...new Set(chosen)];
}
/** Reads the certificates and devices a new profile gets, and plans its create. */
async function planProfileCreation(client, request) {
    const [certificateIds, deviceIds] = await Promise.all([
        chooseCertificates(client, request),
        chooseDevices(client, request),
    ]);
    const spec = {
        name: request.name,
        profileType: request.profileType,
        bundleId: { id: request.bundle.id, identifier: request.bundle.identifier },
        certificateIds,
    };
    let created;
    const holdsDevices = profileTypeHoldsDevices(request.profileType);
    return {
        spec,
        deviceIds,
        change: {
            kind: 'create',
            target: `profile '${request.name}'`,
            detail: `${request.profileType} for ${request.bundle.identifier}, ${certificateIds.length} certificate(s)${holdsDevices ? `, ${deviceIds.length} device(s)` : ''}`,
            apply: async () => {
                created = await createProfile(client, spec, deviceIds);
            },
        },
        created: () => created,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/input-formats/plist.ts
var plist = __webpack_require__(7185);
// EXTERNAL MODULE: ./src/workspace-files.ts
var workspace_files = __webpack_require__(7076);
;// CONCATENATED MODULE: ./src/operations/shared/profile-files.ts





/**
 * Reads a profile file: Apple's CMS-signed `.mobileprovision` carries its property list as plain
 * bytes inside the signature, so the plist is found by its markers (a bare plist works as well).
 */
function readProfileFile(content) {
    const text = content.toString('latin1');
    const start = text.indexOf('<?xml');
    const end = text.indexOf('</plist>', start);
    if (start < 0 || end < 0)
        throw new Error('the profile holds no property list');
    const xml = Buffer.from(text.slice(start, end + '</plist>'.length), 'latin1').toString('utf8');
    const root = parseProfilePlist(xml);
    const uuid = root.get('UUID');
    if (typeof uuid !== 'string' || uuid === '')
        throw new Error('the profile names no UUID');
    const devices = root.get('ProvisionedDevices');
    return {
        uuid,
        name: textOf(root.get('Name')),
        expirationDate: textOf(root.get('ExpirationDate')),
        devices: Array.isArray(devices) ? devices.filter((item) => typeof item === 'string') : [],
    };
}
function parseProfilePlist(xml) {
    let root;
    try {
        root = (0,plist/* parsePlist */.W)(xml);
    }
    catch (error) {
        if (error instanceof plist/* PlistSyntaxError */.A) {
            throw new Error(`the profile's property list is malformed: ${error.message}`);
        }
        throw error;
    }
    if (!(root instanceof Map))
        throw new Error("the profile's property list is not a dictionary");
    return root;
}
function textOf(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * Where profiles are written when `profiles-dir` is not given: on macOS the folders Xcode reads
 * (Xcode 16 and later read the second), elsewhere `$RUNNER_TEMP/profiles`.
 */
function defaultProfileDirs(platform = process.platform, env = process.env, home = env.HOME ?? (0,external_node_os_.homedir)()) {
    if (platform === 'darwin') {
        return [
            (0,external_node_path_.join)(home, 'Library', 'MobileDevice', 'Provisioning Profiles'),
            (0,external_node_path_.join)(home, 'Library', 'Developer', 'Xcode', 'UserData', 'Provisioning Profiles'),
        ];
    }
    return [(0,external_node_path_.join)((0,workspace_files/* runnerTempDir */.c)(env), 'profiles')];
}
/** The directory `profiles-dir` names (relative to the workspace), or the defaults. */
function readProfileDirs(inputs) {
    const xcodeDirs = defaultProfileDirs('darwin', inputs.env);
    const given = inputs.outputPath('profiles-dir', xcodeDirs);
    return given ? [given] : defaultProfileDirs(process.platform, inputs.env);
}
/** Writes `<UUID>.mobileprovision` into every directory; returns the paths written. */
async function writeProfileFile(dirs, uuid, content) {
    const paths = [];
    for (const dir of dirs) {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const path = (0,external_node_path_.join)(dir, `${uuid}.mobileprovision`);
        await (0,promises_.writeFile)(path, content);
        paths.push(path);
    }
    return paths;
}
/**
 * Decodes a profile's base64 content and writes it as `<UUID>.mobileprovision`, the UUID read from
 * the file itself (what Xcode goes by).
 */
async function saveProfile(dirs, base64Content) {
    const content = Buffer.from(base64Content, 'base64');
    const { uuid } = readProfileFile(content);
    return { uuid, paths: await writeProfileFile(dirs, uuid, content) };
}

// EXTERNAL MODULE: ./src/input-reader.ts
var input_reader = __webpack_require__(8915);
;// CONCATENATED MODULE: ./src/operations/shared/resolve-bundle-id.ts



const bundleIdentifierPattern = /^(\*|[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(\.\*)?)$/;
/**
 * Reads a bundle identifier from `name` (default `bundle-id`), falling back to `app` when that holds
 * a bundle ID rather than a numeric app ID.
 */
function parseBundleIdentifier(inputs, options) {
    const name = options.name ?? 'bundle-id';
    const direct = inputs.optional(name);
    const fromApp = inputs.optional('app');
    const value = direct ?? (fromApp && !/^\d+$/.test(fromApp) ? fromApp : undefined);
    if (value === undefined) {
        if (options.required) {
            throw input_reader/* InputReader */.i.empty(name, 'it names the bundle ID (com.example.app)');
        }
        return undefined;
    }
    if (!bundleIdentifierPattern.test(value)) {
        throw new input_error/* InputError */.d(direct !== undefined ? name : 'app', `'${value}' is not a bundle ID (letters, digits, hyphens and dots, like com.example.app)`);
    }
    return value;
}
function toBundleIdSummary(bundleId) {
    const a = bundleId.attributes ?? {};
    return {
        id: bundleId.id,
        identifier: a.identifier ?? '',
        name: a.name ?? '',
        platform: a.platform ?? null,
        seedId: a.seedId ?? null,
    };
}
/**
 * The registered bundle ID with exactly this identifier, or undefined. Apple's
 * `filter[identifier]` also returns longer identifiers that start with it, so only an exact match counts.
 */
async function findBundleId(client, identifier) {
    const { data } = await (0,pagination/* collectAll */._U)(client, '/v1/bundleIds', {
        filter: { identifier },
        fields: { bundleIds: ['name', 'identifier', 'platform', 'seedId'] },
    });
    const exact = data.find((bundleId) => bundleId.attributes?.identifier === identifier);
    return exact ? toBundleIdSummary(exact) : undefined;
}
/** Like `findBundleId`, but a missing bundle ID is bad input, named after `input`. */
async function resolveBundleId(client, identifier, input = 'bundle-id') {
    const found = await findBundleId(client, identifier);
    if (!found) {
        throw new input_error/* InputError */.d(input, `no bundle ID '${identifier}' is registered on this team; register it first (operation: register-bundle-id)`);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/create-profile.ts








/** `create-profile`: a profile for a bundle ID, signed by its certificates, with its devices. */
const createProfileOperation = (0,operation/* defineOperation */.h)({
    name: 'create-profile',
    parse: (inputs) => {
        const profileType = inputs.requiredChoice('profile-type', profileTypes, 'it names the kind of profile');
        return {
            profileType,
            bundleId: parseBundleIdentifier(inputs, { required: true }),
            name: inputs.optional('profile-name'),
            certificateIds: inputs.list('certificate-ids'),
            devices: inputs.list('device-ids'),
            profileDirs: readProfileDirs(inputs),
        };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const bundle = await resolveBundleId(client, inputs.bundleId);
        const name = inputs.name ?? defaultProfileName(bundle.identifier, inputs.profileType);
        const existing = (await listProfiles(client, { names: [name], withContent: true })).find((profile) => profile.name === name);
        if (existing &&
            (existing.profileType !== inputs.profileType || existing.bundleId?.id !== bundle.id)) {
            throw new input_error/* InputError */.d(inputs.name ? 'profile-name' : 'profile-type', `a profile named '${name}' already exists as ${existing.profileType} for ${existing.bundleId?.identifier ?? '?'}; choose another profile-name, or delete it first (operation: delete-profile)`);
        }
        const defect = existing ? profileDefect(existing) : undefined;
        const plan = new shared_plan/* Plan */.cw();
        let planned;
        let regenerated;
        if (!existing || defect) {
            planned = await planProfileCreation(client, {
                name,
                profileType: inputs.profileType,
                bundle,
                certificateIds: inputs.certificateIds,
                devices: inputs.devices,
            });
            if (existing) {
                const old = existing;
                const { spec, deviceIds } = planned;
                plan.step({
                    kind: 'update',
                    target: `profile '${name}'`,
                    detail: `regenerate (delete and re-create): ${defect}`,
                    apply: async () => {
                        regenerated = await regenerateProfile(client, old, spec, async () => deviceIds, (description) => context.done(description));
                    },
                });
            }
            else {
                plan.step(planned.change);
            }
        }
        else {
            log.info(`Profile '${name}' (${existing.profileType}, UUID ${existing.uuid}) already exists.`);
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const created = regenerated ?? planned?.created();
        const profile = created
            ? { id: created.id, name: created.name, uuid: created.uuid, content: created.content }
            : existing && !defect
                ? { id: existing.id, name: existing.name, uuid: existing.uuid, content: existing.content }
                : undefined;
        let paths = [];
        if (profile) {
            const content = profile.content ?? (await readProfileContent(client, profile.id));
            paths = (await saveProfile(inputs.profileDirs, content)).paths;
            for (const path of paths)
                log.info(`Wrote ${path}`);
        }
        return {
            result: {
                bundleId: bundle,
                profile: profile
                    ? {
                        id: profile.id,
                        name: profile.name,
                        uuid: profile.uuid,
                        profileType: inputs.profileType,
                    }
                    : null,
                alreadyExisted: existing !== undefined && !defect,
                certificateIds: planned?.spec.certificateIds ?? existing?.certificateIds ?? [],
                deviceCount: planned?.deviceIds.length ?? null,
                paths,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'profile-id': profile?.id,
                'profile-uuid': profile?.uuid,
                'profile-name': name,
                'profile-paths': paths,
            },
            summary: {
                title: `Profile ${name}`,
                sections: [
                    {
                        lines: [
                            profile
                                ? `${inputs.profileType} profile for ${bundle.identifier}: id ${profile.id}, UUID ${profile.uuid}.`
                                : `${inputs.profileType} profile for ${bundle.identifier} (not created: dry run).`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/delete-profile.ts



/**
 * `delete-profile`: deletes the profiles named (or identified) in `profiles`. A profile that does
 * not exist is reported, not an error, so that a re-run after success changes nothing.
 */
const deleteProfile = (0,operation/* defineOperation */.h)({
    name: 'delete-profile',
    parse: (inputs) => {
        const profiles = inputs.requiredList('profiles', 'it names the profiles to delete (names or ids)');
        return { profiles };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const { found, missing } = await findProfiles(client, inputs.profiles);
        for (const item of missing)
            log.warning(`No profile is named (or has the id) '${item}'; nothing to delete.`);
        const plan = new shared_plan/* Plan */.cw().stage(found.map((profile) => ({
            kind: 'delete',
            target: `profile '${profile.name}'`,
            detail: `${profile.profileType}, id ${profile.id}, UUID ${profile.uuid}`,
            apply: () => client.delete(`/v1/profiles/${profile.id}`),
        })));
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const deleted = found.map(({ id, name, uuid, profileType }) => ({
            id,
            name,
            uuid,
            profileType,
        }));
        return {
            result: { profiles: deleted, missing, plan: plan.records(), applied },
            outputs: {
                'profile-ids': deleted.map((profile) => profile.id),
                'profile-names': deleted.map((profile) => profile.name),
            },
            summary: {
                title: 'Delete profiles',
                sections: [
                    ...(missing.length > 0
                        ? [{ lines: [`Not found (nothing to delete): ${missing.join(', ')}.`] }]
                        : []),
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/refresh-profiles.ts








const deviceProfileTypes = profileTypes.filter(profileTypeHoldsDevices);
function countLabel(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Compares a profile's devices with the devices it should hold once the caller's plan is applied. */
function decide(profile, enabled, changes) {
    const defect = profileDefect(profile);
    if (!profileTypeHoldsDevices(profile.profileType)) {
        return { profile, reason: defect, expectedDevices: 0 };
    }
    const removed = new Set(changes.removedDeviceIds);
    const knownUdids = new Set(enabled.map((device) => device.udid.toLowerCase()));
    const expected = devicesForProfile(profile.profileType, enabled).filter((device) => !removed.has(device.id));
    const added = changes.addedDevices.filter((device) => !knownUdids.has(device.udid.toLowerCase()) && deviceFitsProfile(profile.profileType, device));
    const current = new Set(profile.deviceIds ?? []);
    const missing = expected.filter((device) => !current.has(device.id)).length + added.length;
    const expectedIds = new Set(expected.map((device) => device.id));
    const extra = [...current].filter((id) => !expectedIds.has(id)).length;
    const parts = [];
    if (defect)
        parts.push(defect);
    if (missing > 0)
        parts.push(`${countLabel(missing, 'device')} to add`);
    if (extra > 0)
        parts.push(`${countLabel(extra, 'device')} to remove`);
    return {
        profile,
        reason: parts.length > 0 ? parts.join('; ') : undefined,
        expectedDevices: expected.length + added.length,
    };
}
async function readCandidates(context, inputs) {
    const { client } = context;
    if (inputs.profiles.length > 0) {
        const { found, missing } = await findProfiles(client, inputs.profiles, { withDevices: true });
        if (missing.length > 0) {
            throw new input_error/* InputError */.d('profiles', `no profile is named (or has the id) ${missing.map((m) => `'${m}'`).join(', ')}; to create one, use operation: create-profile`);
        }
        return found;
    }
    if (!inputs.bundleId) {
        throw new input_error/* InputError */.d('profiles', 'name the profiles to regenerate, or give bundle-id');
    }
    const bundle = await resolveBundleId(client, inputs.bundleId);
    const profiles = await listProfiles(client, { types: deviceProfileTypes, withDevices: true });
    return profiles.filter((profile) => profile.bundleId?.id === bundle.id);
}
/**
 * The certificates the replacement is signed with: the old ones, or all valid ones if none is left.
 * A profile that is invalid or expired may list certificates that expired or were revoked, which
 * Apple refuses for a new profile; only its certificates that are still valid are kept.
 */
async function certificatesFor(context, profile, cache) {
    const validIds = () => {
        let valid = cache.get(profile.profileType);
        if (!valid) {
            valid = validCertificatesFor(context.client, profile.profileType).then((list) => list.map((certificate) => certificate.id));
            cache.set(profile.profileType, valid);
        }
        return valid;
    };
    if (profile.certificateIds.length > 0 && profileDefect(profile) === undefined) {
        return profile.certificateIds;
    }
    const ids = await validIds();
    const kept = profile.certificateIds.filter((id) => ids.includes(id));
    if (kept.length > 0)
        return kept;
    if (ids.length === 0) {
        throw new Error(`Profile '${profile.name}' has no valid certificate left and the team has no valid certificate to sign a ${profile.profileType} profile; create one first (operation: create-certificate)`);
    }
    return ids;
}
function specOf(profile, certificateIds) {
    if (!profile.bundleId)
        throw new Error(`Profile '${profile.name}' has no bundle ID`);
    return {
        name: profile.name,
        profileType: profile.profileType,
        bundleId: profile.bundleId,
        certificateIds,
    };
}
/**
 * Reads and plans which profiles to regenerate (delete, then re-create with the same name, type,
 * bundle ID and certificates, and every enabled device of the platform). The create reads the
 * enabled devices when it is applied, so devices registered earlier in the same plan are included.
 */
async function planProfileRefresh(context, inputs, changes = { addedDevices: [], removedDeviceIds: [] }) {
    const { client } = context;
    const [candidates, enabled] = await Promise.all([
        readCandidates(context, inputs),
        changes.accountDevices
            ? changes.accountDevices.filter((device) => device.status === 'ENABLED')
            : listEnabledDevices(client),
    ]);
    const decisions = candidates.map((profile) => decide(profile, enabled, changes));
    // Apple refuses a development or ad hoc profile without devices: such a profile is left as it is.
    const withoutDevices = decisions.filter((d) => d.reason !== undefined &&
        profileTypeHoldsDevices(d.profile.profileType) &&
        d.expectedDevices === 0);
    for (const { profile } of withoutDevices) {
        context.log.warning(`Profile '${profile.name}' (${profile.profileType}) is not regenerated: no enabled device of its platform would be left in it, and Apple refuses such a profile.`);
    }
    const stale = decisions.filter((d) => d.reason !== undefined && !withoutDevices.includes(d));
    const certificateCache = new Map();
    const specs = await Promise.all(stale.map(async (d) => specOf(d.profile, await certificatesFor(context, d.profile, certificateCache))));
    const devicesNow = enabledDevicesAtApplyTime(client);
    const regenerated = [];
    const changesToApply = stale.map((decision, index) => {
        const spec = specs[index];
        const old = decision.profile;
        const holdsDevices = profileTypeHoldsDevices(old.profileType);
        return {
            kind: 'update',
            target: `profile '${old.name}'`,
            detail: `regenerate (delete and re-create${holdsDevices ? ` with ${countLabel(decision.expectedDevices, 'device')}` : ''}): ${decision.reason}`,
            apply: async () => {
                const created = await regenerateProfile(client, old, spec, async () => holdsDevices
                    ? devicesForProfile(old.profileType, await devicesNow()).map((device) => device.id)
                    : [], (description) => context.done(description));
                regenerated.push({ old, created });
            },
        };
    });
    return {
        plan: new shared_plan/* Plan */.cw().stage(changesToApply),
        profiles: stale.map((d) => ({
            name: d.profile.name,
            id: d.profile.id,
            reason: d.reason ?? '',
        })),
        result: () => ({
            regenerated: regenerated.map(({ old, created }) => ({
                name: created.name,
                profileType: created.profileType,
                previousId: old.id,
                previousUuid: old.uuid,
                id: created.id,
                uuid: created.uuid,
                devices: created.deviceCount,
            })),
            toRegenerate: stale.map((d) => ({
                name: d.profile.name,
                id: d.profile.id,
                reason: d.reason,
            })),
            current: decisions
                .filter((d) => d.reason === undefined)
                .map((d) => ({ name: d.profile.name, id: d.profile.id, uuid: d.profile.uuid })),
            leftWithoutDevices: withoutDevices.map((d) => ({
                name: d.profile.name,
                id: d.profile.id,
                reason: d.reason,
            })),
        }),
    };
}
function parseProfileRefreshInputs(inputs) {
    const profiles = inputs.list('profiles');
    const bundleId = parseBundleIdentifier(inputs, { required: profiles.length === 0 });
    return { profiles, ...(bundleId ? { bundleId } : {}) };
}
const refreshProfiles = (0,operation/* defineOperation */.h)({
    name: 'refresh-profiles',
    parse: parseProfileRefreshInputs,
    async run(context, inputs) {
        const refresh = await planProfileRefresh(context, inputs);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, refresh.plan);
        const result = refresh.result();
        const regenerated = result.regenerated;
        const current = result.current;
        context.log.info(`${countLabel(refresh.profiles.length, 'profile')} to regenerate, ${current.length} already current`);
        return {
            result: { ...result, plan: refresh.plan.records(), applied },
            outputs: {
                'profile-ids': regenerated.map((p) => p.id),
                'profile-uuids': regenerated.map((p) => p.uuid),
                'profile-names': regenerated.map((p) => p.name),
            },
            summary: {
                title: 'Refresh profiles',
                sections: [
                    {
                        lines: [
                            `${countLabel(refresh.profiles.length, 'profile')} to regenerate; already current: ${current.map((p) => p.name).join(', ') || 'none'}.`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(refresh.plan, applied, context.dryRun),
                    ...(regenerated.length > 0
                        ? [
                            {
                                heading: 'New profiles',
                                table: {
                                    header: ['Name', 'ID', 'UUID'],
                                    rows: regenerated.map((p) => [p.name, p.id, p.uuid]),
                                },
                            },
                        ]
                        : []),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/device-profile-refresh.ts

/**
 * `refresh-profiles: true` on a device operation: the profiles to regenerate once the devices have
 * changed, read as the `refresh-profiles` operation reads them (`profiles`, else `bundle-id`/`app`).
 */
function readDeviceProfileRefresh(inputs) {
    return inputs.boolean('refresh-profiles', false) ? parseProfileRefreshInputs(inputs) : undefined;
}
/** The regenerated profiles' ids and UUIDs, as the refresh-profiles operation outputs them. */
function regeneratedProfileOutputs(refresh) {
    const regenerated = (refresh.result().regenerated ?? []);
    return {
        'profile-ids': regenerated.map((p) => p.id),
        'profile-uuids': regenerated.map((p) => p.uuid),
    };
}

;// CONCATENATED MODULE: ./src/operations/provisioning/disable-devices.ts






/**
 * Finds the device each item names: a UDID (any case), a device id, or an exact name that only one
 * device has. Unknown and ambiguous items are one input error, naming them all.
 */
function pickDevices(account, items) {
    const picked = new Map();
    const unknown = [];
    const ambiguous = [];
    for (const item of items) {
        const byUdidOrId = account.find((device) => udidKey(device.udid) === udidKey(item) || device.id === item);
        const byName = account.filter((device) => device.name === item);
        if (byUdidOrId)
            picked.set(byUdidOrId.id, byUdidOrId);
        else if (byName.length === 1)
            picked.set(byName[0].id, byName[0]);
        else if (byName.length > 1)
            ambiguous.push(`'${item}' (${byName.map((d) => d.udid).join(', ')})`);
        else
            unknown.push(`'${item}'`);
    }
    const problems = [
        ...(unknown.length > 0
            ? [`no registered device has the UDID, id or name ${unknown.join(', ')}`]
            : []),
        ...(ambiguous.length > 0
            ? [`several devices are named ${ambiguous.join('; ')}: give their UDIDs`]
            : []),
    ];
    if (problems.length > 0)
        throw new input_error/* InputError */.d('devices', problems.join('; '));
    return [...picked.values()];
}
const disableDevices = (0,operation/* defineOperation */.h)({
    name: 'disable-devices',
    parse: (inputs) => {
        const devices = inputs.requiredList('devices', 'it names the devices to disable (UDIDs, ids or names)');
        const refresh = readDeviceProfileRefresh(inputs);
        return { devices, ...(refresh ? { refresh } : {}) };
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const account = await log.group('Read the registered devices', () => listAllDevices(client));
        const devices = pickDevices(account, inputs.devices);
        const toDisable = devices.filter((device) => device.status !== 'DISABLED');
        const plan = new shared_plan/* Plan */.cw().stage(toDisable.map((device) => ({
            kind: 'update',
            target: `device '${device.name}' (${device.udid})`,
            detail: 'disable',
            apply: () => updateDevice(client, device.id, { status: 'DISABLED' }),
        })));
        const refresh = inputs.refresh
            ? await planProfileRefresh(context, inputs.refresh, {
                addedDevices: [],
                removedDeviceIds: toDisable.map((device) => device.id),
                accountDevices: account,
            })
            : undefined;
        for (const stage of refresh?.plan.orderedStages ?? [])
            plan.stage(stage);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const already = devices.length - toDisable.length;
        if (already > 0)
            log.info(`${already} of the named device(s) were already disabled.`);
        return {
            result: {
                devices: devices.map((d) => ({
                    id: d.id,
                    udid: d.udid,
                    name: d.name,
                    platform: d.platform,
                })),
                alreadyDisabled: devices.filter((d) => d.status === 'DISABLED').map((d) => d.id),
                plan: plan.records(),
                applied,
                disabled: toDisable.map((d) => d.id),
                ...(refresh ? { profiles: refresh.result() } : {}),
            },
            outputs: {
                'devices-disabled': toDisable.length,
                'device-ids': devices.map((d) => d.id),
                ...(refresh ? regeneratedProfileOutputs(refresh) : {}),
            },
            summary: {
                title: 'Disable devices',
                sections: [
                    {
                        lines: [
                            `${devices.length} device(s) named; ${toDisable.length} to disable, ${already} already disabled.`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/report/step-summary.ts
var step_summary = __webpack_require__(9211);
;// CONCATENATED MODULE: ./src/operations/provisioning/download-profiles.ts










function parseProfileTypes(values) {
    return values.map((value) => {
        const match = profileTypes.find((type) => type.toLowerCase() === value.toLowerCase());
        if (!match) {
            throw new input_error/* InputError */.d('profile-type', `'${value}' is not one of ${profileTypes.join(', ')}`);
        }
        return match;
    });
}
/**
 * `download-profiles`: writes `<UUID>.mobileprovision` files of the active profiles of a bundle ID
 * (and type) where Xcode reads them. Invalid or expired ones are skipped with a warning, or
 * regenerated with `repair: true`; `create-if-missing: true` creates the profile when there is none.
 */
const downloadProfiles = (0,operation/* defineOperation */.h)({
    name: 'download-profiles',
    parse: (inputs) => {
        const createIfMissing = inputs.boolean('create-if-missing', false);
        const bundleId = parseBundleIdentifier(inputs, { required: createIfMissing });
        const types = parseProfileTypes(inputs.list('profile-type'));
        if (createIfMissing && types.length !== 1) {
            throw new input_error/* InputError */.d('profile-type', 'create-if-missing needs exactly one profile-type: the type of the profile to create');
        }
        return {
            bundleId,
            profileTypes: types,
            createIfMissing,
            profileName: inputs.optional('profile-name'),
            repair: inputs.boolean('repair', false),
            profileDirs: readProfileDirs(inputs),
        };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const bundle = inputs.bundleId
            ? await resolveBundleId(client, inputs.bundleId)
            : undefined;
        const query = {
            ...(inputs.profileTypes.length > 0 ? { types: inputs.profileTypes } : {}),
            withContent: true,
        };
        // With a bundle ID, only its profiles are read (its relationship), not the whole team's.
        const { profiles: found, unreadable } = bundle
            ? await listBundleIdProfiles(client, bundle, query)
            : { profiles: await listProfiles(client, query), unreadable: [] };
        for (const profile of unreadable) {
            log.warning(`Skipped profile '${profile.name}' (id ${profile.id}): ${bundle?.identifier ?? 'the bundle ID'} lists it, but Apple answers 404 when it is read (a deleted, stale profile).`);
        }
        const usable = found.filter((profile) => profileDefect(profile) === undefined);
        const defective = found.filter((profile) => profileDefect(profile) !== undefined);
        const skipped = inputs.repair ? [] : defective;
        for (const profile of skipped) {
            log.warning(`Skipped profile '${profile.name}' (${profile.profileType}, id ${profile.id}): ${profileDefect(profile)}. Set repair: true to regenerate it.`);
        }
        const plan = new shared_plan/* Plan */.cw();
        let repair;
        if (inputs.repair && defective.length > 0) {
            repair = await planProfileRefresh(context, { profiles: defective.map((p) => p.id) });
            for (const stage of repair.plan.orderedStages)
                plan.stage(stage);
        }
        let creation;
        const wantedType = inputs.profileTypes[0];
        if (inputs.createIfMissing && bundle && wantedType && found.length === 0) {
            creation = await planProfileCreation(client, {
                name: inputs.profileName ?? defaultProfileName(bundle.identifier, wantedType),
                profileType: wantedType,
                bundle,
                certificateIds: [],
                devices: [],
            });
            plan.step(creation.change);
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const dirs = inputs.profileDirs;
        const downloaded = [];
        const save = async (profile, content, source) => {
            let text = content;
            if (!text) {
                try {
                    text = await readProfileContent(client, profile.id);
                }
                catch (error) {
                    if (!(error instanceof errors/* AscApiError */.o && error.status === 404))
                        throw error;
                    unreadable.push({ id: profile.id, name: profile.name });
                    log.warning(`Skipped profile '${profile.name}' (id ${profile.id}): Apple answers 404 when it is read.`);
                    return;
                }
            }
            const saved = await saveProfile(dirs, text);
            const { id, name, profileType, expirationDate } = profile;
            downloaded.push({
                id,
                name,
                profileType,
                expirationDate,
                uuid: saved.uuid,
                paths: saved.paths,
                source,
            });
            for (const path of saved.paths)
                log.info(`Wrote ${path} (${profile.name})`);
        };
        for (const profile of usable)
            await save(profile, profile.content, 'existing');
        const regenerated = (repair?.result().regenerated ?? []);
        for (const profile of regenerated) {
            await save({ ...profile, expirationDate: null }, undefined, 'regenerated');
        }
        const created = creation?.created();
        if (created) {
            await save({ ...created, expirationDate: created.expirationDate ?? null }, created.content, 'created');
        }
        if (downloaded.length === 0 && plan.isEmpty) {
            log.warning(`No usable profile${bundle ? ` for ${bundle.identifier}` : ''}${inputs.profileTypes.length > 0 ? ` of type ${inputs.profileTypes.join(', ')}` : ''}; set create-if-missing: true to create one.`);
        }
        const paths = downloaded.flatMap((profile) => profile.paths);
        return {
            result: {
                bundleId: bundle ?? null,
                profiles: downloaded,
                skipped: [
                    ...skipped.map((p) => ({ id: p.id, name: p.name, reason: profileDefect(p) })),
                    ...unreadable.map((p) => ({ id: p.id, name: p.name, reason: 'unreadable (404)' })),
                ],
                directories: dirs,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'profile-paths': paths,
                'profile-uuids': downloaded.map((profile) => profile.uuid),
                'profile-names': downloaded.map((profile) => profile.name),
                'profile-ids': downloaded.map((profile) => profile.id),
            },
            summary: {
                title: 'Download profiles',
                sections: [
                    {
                        lines: [`Written to ${dirs.join(' and ')}.`],
                        table: {
                            header: ['Name', 'Type', 'UUID', 'Expires', 'Source'],
                            rows: downloaded.map((p) => [
                                p.name,
                                (0,step_summary/* stateCell */._j)(p.profileType),
                                p.uuid,
                                p.expirationDate?.slice(0, 10) ?? '',
                                p.source,
                            ]),
                        },
                    },
                    ...(skipped.length + unreadable.length > 0
                        ? [
                            {
                                heading: 'Skipped',
                                lines: [
                                    ...skipped.map((p) => `${p.name}: ${profileDefect(p)}`),
                                    ...unreadable.map((p) => `${p.name}: Apple answers 404 when it is read (stale)`),
                                ],
                            },
                        ]
                        : []),
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/list-certificates.ts





function parseCertificateTypes(values) {
    return values.map((value) => {
        const match = certificateTypes.find((type) => type.toLowerCase() === value.toLowerCase());
        if (!match) {
            throw new input_error/* InputError */.d('certificate-type', `'${value}' is not one of ${certificateTypes.join(', ')}`);
        }
        return match;
    });
}
/** `list-certificates`: the team's certificates (of `certificate-type`, when given). */
const list_certificates_listCertificates = (0,operation/* defineOperation */.h)({
    name: 'list-certificates',
    parse: (inputs) => ({ types: parseCertificateTypes(inputs.list('certificate-type')) }),
    async run({ client, log }, inputs) {
        const certificates = (await listCertificates(client, { types: inputs.types })).map((certificate) => ({ ...certificate, expired: isCertificateExpired(certificate) }));
        const current = certificates.filter((certificate) => !certificate.expired);
        log.info(`${certificates.length} certificate(s), ${current.length} current`);
        const counts = new Map();
        for (const certificate of current) {
            const type = certificate.certificateType ?? '?';
            counts.set(type, (counts.get(type) ?? 0) + 1);
        }
        const atMaximum = [...counts]
            .filter(([type, count]) => {
            const max = maxCertificatesOf(type);
            return max !== undefined && count >= max;
        })
            .map(([type]) => type);
        for (const type of atMaximum) {
            log.warning(`The team has the maximum number of current ${type} certificates.`);
        }
        return {
            result: { certificates, count: certificates.length, current: current.length, atMaximum },
            outputs: {
                'certificate-ids': certificates.map((certificate) => certificate.id),
                'certificate-count': certificates.length,
            },
            summary: {
                title: 'Certificates',
                sections: [
                    {
                        lines: [`${certificates.length} certificates, ${current.length} current.`],
                        table: {
                            header: ['Name', 'Type', 'Serial number', 'ID', 'Expires'],
                            rows: certificates.map((c) => [
                                c.name,
                                (0,step_summary/* stateCell */._j)(c.certificateType),
                                c.serialNumber,
                                c.id,
                                `${c.expirationDate?.slice(0, 10) ?? ''}${c.expired ? ' (expired)' : ''}`,
                            ]),
                        },
                    },
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/list-devices.ts



const platforms = ['IOS', 'MAC_OS', 'UNIVERSAL'];
const statuses = ['ENABLED', 'DISABLED'];
const listDevices = (0,operation/* defineOperation */.h)({
    name: 'list-devices',
    parse: (inputs) => ({
        platform: inputs.choice('platform', platforms),
        status: inputs.choice('device-status', statuses),
    }),
    async run({ client, log }, inputs) {
        const devices = await listAllDevices(client, {
            ...(inputs.platform ? { platform: inputs.platform } : {}),
            ...(inputs.status ? { status: inputs.status } : {}),
        });
        const enabled = devices.filter((device) => device.status === 'ENABLED').length;
        log.info(`${devices.length} device(s), ${enabled} enabled`);
        return {
            result: { devices, count: devices.length, enabled },
            outputs: { 'device-ids': devices.map((device) => device.id), 'device-count': devices.length },
            summary: {
                title: 'Registered devices',
                sections: [
                    {
                        lines: [`${devices.length} devices, ${enabled} enabled.`],
                        table: {
                            header: ['Name', 'UDID', 'Platform', 'Class', 'Status'],
                            rows: devices.map((d) => [
                                d.name,
                                d.udid,
                                (0,step_summary/* stateCell */._j)(d.platform),
                                (0,step_summary/* stateCell */._j)(d.deviceClass),
                                (0,step_summary/* stateCell */._j)(d.status),
                            ]),
                        },
                    },
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/shared/capability-input.ts

const capabilityTypes = [
    'ICLOUD',
    'IN_APP_PURCHASE',
    'GAME_CENTER',
    'PUSH_NOTIFICATIONS',
    'WALLET',
    'INTER_APP_AUDIO',
    'MAPS',
    'ASSOCIATED_DOMAINS',
    'PERSONAL_VPN',
    'APP_GROUPS',
    'HEALTHKIT',
    'HOMEKIT',
    'WIRELESS_ACCESSORY_CONFIGURATION',
    'APPLE_PAY',
    'DATA_PROTECTION',
    'SIRIKIT',
    'NETWORK_EXTENSIONS',
    'MULTIPATH',
    'HOT_SPOT',
    'NFC_TAG_READING',
    'CLASSKIT',
    'AUTOFILL_CREDENTIAL_PROVIDER',
    'ACCESS_WIFI_INFORMATION',
    'NETWORK_CUSTOM_PROTOCOL',
    'COREMEDIA_HLS_LOW_LATENCY',
    'SYSTEM_EXTENSION_INSTALL',
    'USER_MANAGEMENT',
    'APPLE_ID_AUTH',
];
/** The capabilities that take a setting, its key, its options, and the one used when none is named. */
const capabilityOptions = {
    ICLOUD: { setting: 'ICLOUD_VERSION', options: ['XCODE_5', 'XCODE_6'], fallback: 'XCODE_6' },
    DATA_PROTECTION: {
        setting: 'DATA_PROTECTION_PERMISSION_LEVEL',
        options: ['COMPLETE_PROTECTION', 'PROTECTED_UNLESS_OPEN', 'PROTECTED_UNTIL_FIRST_USER_AUTH'],
        fallback: 'COMPLETE_PROTECTION',
    },
    APPLE_ID_AUTH: {
        setting: 'APPLE_ID_AUTH_APP_CONSENT',
        options: ['PRIMARY_APP_CONSENT'],
        fallback: 'PRIMARY_APP_CONSENT',
    },
};
/**
 * Reads `capabilities` items: `PUSH_NOTIFICATIONS`, or `TYPE=OPTION` for those with a setting
 * (`ICLOUD=XCODE_6`, `DATA_PROTECTION=COMPLETE_PROTECTION`, `APPLE_ID_AUTH=PRIMARY_APP_CONSENT`).
 */
function parseCapabilities(items, input = 'capabilities') {
    const requests = new Map();
    for (const item of items) {
        const [rawType = '', rawOption] = item.split(/[=:]/, 2).map((part) => part.trim());
        const type = capabilityTypes.find((t) => t === rawType.toUpperCase().replace(/[\s-]+/g, '_'));
        if (!type) {
            throw new input_error/* InputError */.d(input, `'${rawType}' is not a capability type; use one of ${capabilityTypes.join(', ')}`);
        }
        const rule = capabilityOptions[type];
        if (!rule) {
            if (rawOption)
                throw new input_error/* InputError */.d(input, `${type} takes no setting, but '${rawOption}' was given`);
            requests.set(type, { type });
            continue;
        }
        const option = rawOption
            ? rule.options.find((o) => o === rawOption.toUpperCase())
            : rule.fallback;
        if (!option) {
            throw new input_error/* InputError */.d(input, `'${rawOption}' is not an option of ${type}; use one of ${rule.options.join(', ')}`);
        }
        requests.set(type, { type, setting: { key: rule.setting, option } });
    }
    return [...requests.values()];
}
/** The `settings` attribute Apple takes for a capability request. */
function capabilitySettings(request) {
    if (!request.setting)
        return [];
    return [{ key: request.setting.key, options: [{ key: request.setting.option, enabled: true }] }];
}
/** The option enabled in a capability's settings as Apple returns them, if any. */
function enabledOption(settings) {
    for (const setting of settings ?? []) {
        const option = setting.options?.find((o) => o.enabled !== false);
        if (option?.key)
            return option.key;
    }
    return undefined;
}
function describeCapability(request) {
    return request.setting ? `${request.type}=${request.setting.option}` : request.type;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/register-bundle-id.ts






const register_bundle_id_platforms = ['IOS', 'MAC_OS', 'UNIVERSAL'];
/** Apple allows letters, digits and spaces in a bundle ID's name. */
function defaultName(identifier) {
    return identifier.replace(/[^A-Za-z0-9 ]+/g, ' ').trim() || 'App';
}
async function listCapabilities(client, bundleId) {
    const { data } = await (0,pagination/* collectAll */._U)(client, `/v1/bundleIds/${bundleId}/bundleIdCapabilities`);
    return data;
}
function capabilityUpdateRequest(id, request) {
    return {
        data: {
            type: 'bundleIdCapabilities',
            id,
            attributes: { capabilityType: request.type, settings: capabilitySettings(request) },
        },
    };
}
function addCapability(client, bundleId, request) {
    return {
        kind: 'create',
        target: `capability ${describeCapability(request)}`,
        apply: async () => {
            const id = bundleId();
            const body = {
                data: {
                    type: 'bundleIdCapabilities',
                    attributes: { capabilityType: request.type, settings: capabilitySettings(request) },
                    relationships: { bundleId: { data: { type: 'bundleIds', id } } },
                },
            };
            const findEnabled = async () => (await listCapabilities(client, id)).find((c) => c.attributes?.capabilityType === request.type);
            // Apple enables some capabilities (In-App Purchase, Game Center) on every new bundle ID,
            // and another run may have enabled one meanwhile: Apple answers 409 and the client re-reads
            // it here. Then it is there, as asked; only a different setting is changed.
            let found;
            await client.post('/v1/bundleIdCapabilities', body, {
                recover: async () => {
                    found = await findEnabled();
                    return found ? { data: found } : undefined;
                },
            });
            if (found &&
                request.setting &&
                enabledOption(found.attributes?.settings) !== request.setting.option) {
                await client.patch(`/v1/bundleIdCapabilities/${found.id}`, capabilityUpdateRequest(found.id, request));
            }
        },
    };
}
/**
 * `register-bundle-id`: registers the bundle ID when it is missing, renames it when `name` differs,
 * and adds (or re-sets) the `capabilities` asked for. Capabilities it already has are left alone.
 */
const registerBundleId = (0,operation/* defineOperation */.h)({
    name: 'register-bundle-id',
    parse: (inputs) => ({
        identifier: parseBundleIdentifier(inputs, { required: true }),
        name: inputs.optional('name'),
        platform: inputs.choice('platform', register_bundle_id_platforms),
        capabilities: parseCapabilities(inputs.list('capabilities')),
    }),
    async run(context, inputs) {
        const { client } = context;
        if (inputs.name !== undefined && !/^[A-Za-z0-9 ]+$/.test(inputs.name)) {
            throw new input_error/* InputError */.d('name', `'${inputs.name}' may hold only letters, digits and spaces (Apple's rule for bundle ID names)`);
        }
        const existing = await findBundleId(client, inputs.identifier);
        if (existing && inputs.platform && existing.platform !== inputs.platform) {
            throw new input_error/* InputError */.d('platform', `${inputs.identifier} is already registered for ${existing.platform}; Apple cannot change a bundle ID's platform`);
        }
        const current = existing ? await listCapabilities(client, existing.id) : [];
        let bundle = existing;
        const plan = new shared_plan/* Plan */.cw();
        if (!existing) {
            const body = {
                data: {
                    type: 'bundleIds',
                    attributes: {
                        identifier: inputs.identifier,
                        name: inputs.name ?? defaultName(inputs.identifier),
                        platform: inputs.platform ?? 'IOS',
                    },
                },
            };
            plan.step({
                kind: 'create',
                target: `bundle ID ${inputs.identifier}`,
                detail: `${body.data.attributes.platform}, named '${body.data.attributes.name}'`,
                apply: async () => {
                    const document = await client.post('/v1/bundleIds', body, {
                        recover: async () => {
                            const found = await findBundleId(client, inputs.identifier);
                            return found
                                ? {
                                    data: {
                                        type: 'bundleIds',
                                        id: found.id,
                                        attributes: { identifier: found.identifier, name: found.name },
                                    },
                                }
                                : undefined;
                        },
                    });
                    if (document)
                        bundle = toBundleIdSummary(document.data);
                },
            });
        }
        else if (inputs.name !== undefined && existing.name !== inputs.name) {
            const body = {
                data: { type: 'bundleIds', id: existing.id, attributes: { name: inputs.name } },
            };
            plan.step({
                kind: 'update',
                target: `bundle ID ${inputs.identifier}`,
                detail: `name '${existing.name}' → '${inputs.name}'`,
                apply: async () => {
                    await client.patch(`/v1/bundleIds/${existing.id}`, body);
                },
            });
        }
        const bundleIdNow = () => {
            if (!bundle)
                throw new Error(`bundle ID ${inputs.identifier} was not created`);
            return bundle.id;
        };
        const capabilityChanges = [];
        const unchanged = [];
        for (const request of inputs.capabilities) {
            const have = current.find((c) => c.attributes?.capabilityType === request.type);
            if (!have) {
                capabilityChanges.push(addCapability(client, bundleIdNow, request));
            }
            else if (request.setting &&
                enabledOption(have.attributes?.settings) !== request.setting.option) {
                const body = capabilityUpdateRequest(have.id, request);
                capabilityChanges.push({
                    kind: 'update',
                    target: `capability ${request.type}`,
                    detail: `${enabledOption(have.attributes?.settings) ?? 'no option'} → ${request.setting.option}`,
                    apply: async () => {
                        await client.patch(`/v1/bundleIdCapabilities/${have.id}`, body);
                    },
                });
            }
            else {
                unchanged.push(describeCapability(request));
            }
        }
        plan.stage(capabilityChanges);
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const capabilities = [
            ...new Set([
                ...current.map((c) => c.attributes?.capabilityType ?? ''),
                ...(applied ? inputs.capabilities.map((c) => c.type) : []),
            ]),
        ].filter(Boolean);
        return {
            result: {
                bundleId: bundle ?? { identifier: inputs.identifier, id: null },
                created: !existing,
                capabilities,
                capabilitiesAlreadyEnabled: unchanged,
                plan: plan.records(),
                applied,
            },
            outputs: {
                'bundle-id-resource-id': bundle?.id,
                capabilities,
            },
            summary: {
                title: `Bundle ID ${inputs.identifier}`,
                sections: [
                    {
                        lines: [
                            existing
                                ? `Already registered (${existing.platform}, id ${existing.id}).`
                                : 'Not registered yet: created by this run.',
                            `Capabilities: ${capabilities.join(', ') || 'none'}.`,
                        ],
                    },
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

// EXTERNAL MODULE: ./src/input-formats/problem-list.ts
var problem_list = __webpack_require__(6299);
// EXTERNAL MODULE: ./src/report/github-run.ts
var github_run = __webpack_require__(6779);
;// CONCATENATED MODULE: ./src/report/pull-request-comment.ts
/**
 * One comment per pull request that the action keeps up to date: found again by a hidden marker,
 * updated in place, created only when there is none.
 */

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);
/**
 * The pull request this workflow run is about: the one a pull_request event names or, on a push
 * (the merge), the merged pull request that brought the pushed commit, looked up with the token.
 * undefined when there is none, or when the token may not read pull requests.
 */
async function currentPullRequest(run, token) {
    const { owner, repo } = run;
    if (pullRequestEvents.has(run.eventName)) {
        const number = run.payload.pull_request?.number;
        return typeof number === 'number' ? { owner, repo, number } : undefined;
    }
    if (run.eventName !== 'push' || !token)
        return undefined;
    try {
        const octokit = await (0,github_run/* githubClient */.$)(token, run);
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: run.sha,
        });
        const merged = data.find((pullRequest) => pullRequest.merged_at);
        return merged ? { owner, repo, number: merged.number } : undefined;
    }
    catch {
        return undefined;
    }
}
/** `marker` is an HTML comment (`<!-- name -->`): invisible in the rendered comment. */
function commentMarker(name) {
    return `<!-- ${name} -->`;
}
/**
 * Creates the comment that carries `marker` on the pull request, or updates the one that already
 * does (the earliest, when a race left several).
 */
async function upsertPullRequestComment(run, token, pullRequest, marker, body) {
    const octokit = await (0,github_run/* githubClient */.$)(token, run);
    const { owner, repo, number } = pullRequest;
    const fullBody = `${marker}\n${body}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: 100,
    });
    const earlier = comments.find((comment) => comment.body?.includes(marker));
    if (earlier) {
        if (earlier.body === fullBody)
            return { url: earlier.html_url, created: false };
        const { data } = await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: earlier.id,
            body: fullBody,
        });
        return { url: data.html_url, created: false };
    }
    const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body: fullBody,
    });
    return { url: data.html_url, created: true };
}
/** Text for a Markdown table cell: pipes, markup and line breaks cannot break out of it. */
function markdownCell(text) {
    return text
        .replace(/\\/g, '\\\\')
        .replace(/\|/g, '\\|')
        .replace(/[<>&`*_[\]]/g, (char) => `&#${char.charCodeAt(0)};`)
        .replace(/\r?\n/g, ' ');
}

// EXTERNAL MODULE: ./src/input-formats/text-lines.ts
var text_lines = __webpack_require__(996);
;// CONCATENATED MODULE: ./src/input-formats/device-lines.ts


const appleColumns = ['udid', 'name', 'platform'];
const headerWords = new Map(Object.entries({
    deviceid: 'udid',
    deviceidentifier: 'udid',
    udid: 'udid',
    devicename: 'name',
    name: 'name',
    deviceplatform: 'platform',
    platform: 'platform',
}));
/**
 * Recognises the header of Apple's upload file, `Device ID<tab>Device Name[<tab>Device Platform]`,
 * in any capitalisation and column order (honoured), or space-separated in Apple's order.
 */
function readDeviceHeader(line) {
    if (!line.includes('\t')) {
        const spaced = /^device\s*id\s+device\s*name(\s+device\s*platform)?$/i.exec(line);
        if (!spaced)
            return undefined;
        return spaced[1] ? appleColumns : ['udid', 'name'];
    }
    const fields = splitTabs(line);
    while (fields.at(-1) === '')
        fields.pop();
    const columns = fields.map((field) => headerWords.get(field.toLowerCase().replace(/\s/g, '')));
    const known = columns.filter((column) => column !== undefined);
    const complete = known.length === columns.length && known.includes('udid') && known.includes('name');
    return complete && new Set(known).size === known.length ? known : undefined;
}
/**
 * Reads Apple's tab-separated upload text and simple lines. A line with a tab is split on tabs
 * (names may contain spaces). Otherwise the first run of non-spaces is the UDID, and the last word
 * is the platform when spelled as one (ios, IOS, iOS, mac, MAC, macos, macOS, mac_os, MAC_OS) and a
 * name remains before it; everything in between is the name, inner spacing kept.
 */
function readDeviceLines(content, problems) {
    const lines = (0,text_lines/* contentLines */.$)(content);
    const header = lines[0] === undefined ? undefined : readDeviceHeader(lines[0].text);
    const devices = [];
    for (const { lineNumber, text } of header ? lines.slice(1) : lines) {
        const read = text.includes('\t') ? fromTabs(text, header ?? appleColumns) : fromSpaces(text);
        if ('problem' in read)
            problems.add(lineNumber, read.problem);
        else
            devices.push({ position: lineNumber, ...read.device });
    }
    return devices;
}
function fromTabs(text, columns) {
    const fields = splitTabs(text);
    while (fields.at(-1) === '')
        fields.pop();
    if (fields.length > columns.length) {
        const layout = columns.map((column) => column.toUpperCase()).join('<tab>');
        return { problem: `expected ${layout} but found ${fields.length} tab-separated fields` };
    }
    const field = (column) => fields[columns.indexOf(column)] ?? '';
    const platform = field('platform');
    return {
        device: { udid: field('udid'), name: field('name'), ...(platform === '' ? {} : { platform }) },
    };
}
function fromSpaces(text) {
    const udid = text.split(/\s+/)[0] ?? '';
    let name = text.slice(udid.length).trim();
    const lastSpace = name.search(/\s\S+$/);
    const lastWord = name.slice(lastSpace + 1);
    if (lastSpace !== -1 && trailingPlatformFromWord(lastWord) !== undefined) {
        name = name.slice(0, lastSpace).trimEnd();
        return { device: { udid, name, platform: lastWord } };
    }
    return { device: { udid, name } };
}
function splitTabs(line) {
    return line.split('\t').map((field) => field.trim());
}

;// CONCATENATED MODULE: ./src/input-formats/device-plist.ts

const listKey = 'Device UDIDs';
const entryKeys = ['deviceIdentifier', 'deviceName', 'devicePlatform'];
/** Reads Apple's `.deviceids` property list; its entries are numbered from 1. */
function readPlistDevices(content, problems) {
    let root;
    try {
        root = (0,plist/* parsePlist */.W)(content);
    }
    catch (error) {
        if (!(error instanceof plist/* PlistSyntaxError */.A))
            throw error;
        problems.failWhole(`malformed plist: ${error.message}`);
        return [];
    }
    const list = root instanceof Map ? root.get(listKey) : undefined;
    if (!Array.isArray(list)) {
        problems.failWhole(`malformed plist: expected a <dict> with a '${listKey}' <array>`);
        return [];
    }
    const devices = [];
    list.forEach((item, index) => {
        const position = index + 1;
        if (!(item instanceof Map)) {
            problems.add(position, 'expected a <dict>');
            return;
        }
        const fields = {};
        const notText = [];
        for (const key of entryKeys) {
            const value = item.get(key);
            if (typeof value === 'string')
                fields[key] = value.trim();
            else if (value !== undefined)
                notText.push(key);
        }
        if (notText.length > 0) {
            problems.add(position, `${notText.join(', ')} must be a <string>`);
            return;
        }
        const platform = fields.devicePlatform;
        devices.push({
            position,
            udid: fields.deviceIdentifier ?? '',
            name: fields.deviceName ?? '',
            ...(platform === undefined || platform === '' ? {} : { platform }),
        });
    });
    return devices;
}

;// CONCATENATED MODULE: ./src/input-formats/devices.ts





/**
 * `plist` when the content starts with markup; `apple-tsv` when its first line is Apple's header or
 * every line has a tab; `lines` otherwise (tab-separated lines are still read as such in it).
 */
function detectDeviceFormat(content) {
    if ((0,text_lines/* stripBom */.F)(content).trimStart().startsWith('<'))
        return 'plist';
    const lines = (0,text_lines/* contentLines */.$)(content);
    const [first] = lines;
    if (first !== undefined && readDeviceHeader(first.text) !== undefined)
        return 'apple-tsv';
    if (first !== undefined && lines.every(({ text }) => text.includes('\t')))
        return 'apple-tsv';
    return 'lines';
}
/**
 * Reads the `devices` input and/or the `devices-file` content, each in its detected format, and
 * validates every device. The same UDID twice within a source is an error naming both lines; across
 * the two sources it is merged when name and platform are identical, and an error otherwise.
 * Throws an InputError listing every bad line (or plist entry) of both sources.
 */
function parseDevices(inline, file) {
    const { devices, reports } = readDevices(inline, file);
    throwIfProblems(reports);
    return devices;
}
/**
 * Like `parseDevices`, but returns the bad lines instead of throwing, for a plan that shows them
 * next to the valid devices (`throwIfProblems(reading.reports)` fails afterwards).
 */
function readDevices(inline, file) {
    const sources = [{ input: 'devices', label: 'devices', content: inline }];
    if (file)
        sources.push({ input: 'devices-file', label: file.name, content: file.content });
    const devices = [];
    const firstByUdid = new Map();
    const reports = sources.map(({ input, label, content }, sourceIndex) => {
        const isPlist = detectDeviceFormat(content) === 'plist';
        const unit = isPlist ? 'entry' : 'line';
        const problems = new problem_list/* ProblemList */.Ku(unit);
        const raws = isPlist ? readPlistDevices(content, problems) : readDeviceLines(content, problems);
        for (const raw of raws) {
            const checked = checkDevice(raw);
            if ('problem' in checked) {
                problems.add(raw.position, checked.problem);
                continue;
            }
            const entry = { ...checked.device, source: `${label} ${unit} ${raw.position}` };
            const earlier = firstByUdid.get(entry.udidKey);
            if (earlier === undefined) {
                firstByUdid.set(entry.udidKey, { entry, sourceIndex, position: raw.position });
                devices.push(entry);
            }
            else if (earlier.sourceIndex === sourceIndex) {
                problems.add(raw.position, `UDID ${(0,problem_list/* quote */.hD)(entry.udid)} repeats ${unit} ${earlier.position}`);
            }
            else if (earlier.entry.name !== entry.name || earlier.entry.platform !== entry.platform) {
                problems.add(raw.position, `UDID ${(0,problem_list/* quote */.hD)(entry.udid)} is also in ${earlier.entry.source} with a different name or platform`);
            }
        }
        return { input, label, problems };
    });
    return { devices, reports };
}
function checkDevice(raw) {
    const problems = [];
    const givenPlatform = raw.platform === undefined ? undefined : platformFromWord(raw.platform);
    if (raw.platform !== undefined && givenPlatform === undefined) {
        problems.push(`unknown platform ${(0,problem_list/* quote */.hD)(raw.platform)} (use ios or mac)`);
    }
    let platform;
    if (raw.udid === '') {
        problems.push('missing UDID');
    }
    else {
        const resolved = resolveUdidPlatform(raw.udid, givenPlatform);
        if ('problem' in resolved)
            problems.push(`${(0,problem_list/* quote */.hD)(raw.udid)} ${resolved.problem}`);
        else
            platform = resolved.platform;
    }
    const nameProblem = checkName(raw.name);
    if (nameProblem !== undefined)
        problems.push(nameProblem);
    if (problems.length > 0 || platform === undefined)
        return { problem: problems.join(', ') };
    return {
        device: { udid: raw.udid, udidKey: udidKey(raw.udid), name: raw.name, platform },
    };
}
function checkName(name) {
    if (name === '')
        return 'missing device name';
    const length = [...name].length;
    if (length > maxDeviceNameLength) {
        return `device name ${(0,problem_list/* quote */.hD)(name)} has ${length} characters (Apple's limit is ${maxDeviceNameLength})`;
    }
    // Names end up in Apple's tab-separated file format, where these cannot be written.
    if (/\p{Cc}/u.test(name))
        return `device name ${(0,problem_list/* quote */.hD)(name)} contains a tab or control character`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/operations/shared/read-devices-input.ts


/**
 * Reads `devices` and `devices-file` (a path relative to GITHUB_WORKSPACE, else the cwd). Bad lines
 * are returned in `reports`, not thrown, so that a pull request's plan can show them; the caller
 * fails with `throwIfProblems(reports)`. Throws when neither input names any device.
 */
function readDevicesInput(inputs) {
    const inline = inputs.optional('devices') ?? '';
    const file = inputs.file('devices-file');
    const fileInput = file?.name;
    const reading = readDevices(inline, file);
    const hasProblems = reading.reports.some(({ problems }) => !problems.isEmpty);
    if (reading.devices.length === 0 && !hasProblems) {
        throw new input_error/* InputError */.d(fileInput === undefined ? 'devices' : 'devices-file', "it names no device; give lines `UDID name [ios|mac]`, Apple's tab-separated device file or a .deviceids plist");
    }
    const sources = [
        ...(inline === '' ? [] : ['the devices input']),
        ...(fileInput === undefined ? [] : [fileInput]),
    ];
    return { ...reading, sources };
}

;// CONCATENATED MODULE: ./src/operations/provisioning/device-cap.ts
/** Apple's limit of registered devices per product family per membership year. */
const defaultDeviceLimit = 100;
const iosFamilies = ['iPhone', 'iPad', 'Apple Watch', 'Apple TV', 'Apple Vision'];
const familyOfClass = {
    IPHONE: 'iPhone',
    IPOD: 'iPhone',
    IPAD: 'iPad',
    APPLE_WATCH: 'Apple Watch',
    APPLE_TV: 'Apple TV',
    APPLE_VISION_PRO: 'Apple Vision',
    MAC: 'Mac',
    // Undocumented classes Apple lists Macs with.
    APPLE_SILICON_MAC: 'Mac',
    INTEL_MAC: 'Mac',
};
/**
 * The family a device about to be registered will count against, when it can be told: a Mac by its
 * platform, an iOS device only by a name that says what it is ("Ann's iPad"). Apple sets the class
 * (iPhone, iPad, Watch, TV, Vision, all on the IOS platform) after registration, from the hardware.
 */
function guessFamily(device) {
    if (device.platform === 'MAC_OS')
        return 'Mac';
    const name = device.name.toLowerCase();
    if (/\bipad/.test(name))
        return 'iPad';
    if (/\bwatch\b/.test(name))
        return 'Apple Watch';
    if (/\bapple ?tv\b/.test(name))
        return 'Apple TV';
    if (/\bvision\b/.test(name))
        return 'Apple Vision';
    if (/\b(iphone|ipod)/.test(name))
        return 'iPhone';
    return undefined;
}
function familyOfRegistered(device) {
    if (device.deviceClass)
        return familyOfClass[device.deviceClass];
    if (device.platform === 'MAC_OS')
        return 'Mac';
    return guessFamily({ name: device.name, platform: 'IOS' });
}
/**
 * Estimates the use of Apple's per-family device limit after registering `adding`. Every listed
 * device counts (a disabled one keeps its place until the membership year ends; re-enabling it
 * takes no new place). A new iOS device whose family its name does not tell is counted against
 * every iOS family for the warning, and fails the check only when it fits in none of them.
 */
function checkDeviceCap(account, adding, limit = defaultDeviceLimit) {
    const usage = new Map([...iosFamilies, 'Mac'].map((family) => [
        family,
        { family, used: 0, adding: 0, unknown: 0, limit },
    ]));
    for (const device of account) {
        const family = familyOfRegistered(device);
        if (family)
            usage.get(family).used++;
    }
    let unknown = 0;
    for (const device of adding) {
        const family = guessFamily(device);
        if (family)
            usage.get(family).adding++;
        else
            unknown++;
    }
    for (const family of iosFamilies)
        usage.get(family).unknown = unknown;
    const families = [...usage.values()];
    const exceeded = families.filter((f) => f.used + f.adding > f.limit);
    const atRisk = families.filter((f) => !exceeded.includes(f) && f.used + f.adding + f.unknown > f.limit);
    const freeIos = iosFamilies
        .map((family) => usage.get(family))
        .reduce((sum, f) => sum + Math.max(0, f.limit - f.used - f.adding), 0);
    return { families, exceeded, atRisk, unknown, unknownDoNotFit: unknown > freeIos };
}
function describeUsage(f) {
    const unknown = f.unknown > 0 ? ` (+ up to ${f.unknown} not yet known)` : '';
    return `${f.family}: ${f.used} registered + ${f.adding} new${unknown} of ${f.limit}`;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/device-plan-report.ts



function listings(report) {
    const { sync } = report;
    const platform = (p) => p === 'IOS' || p === 'MAC_OS' ? platformWord(p) : (p ?? '');
    const all = [
        {
            kind: 'change',
            title: 'Devices to register',
            header: ['Name', 'UDID', 'Platform', 'From'],
            rows: sync.register.map((e) => [e.name, e.udid, platformWord(e.platform), e.source]),
        },
        {
            kind: 'change',
            title: 'Devices to re-enable',
            header: ['Name', 'UDID', 'Platform', 'Renamed to'],
            rows: sync.enable.map(({ device, newName }) => [
                device.name,
                device.udid,
                platform(device.platform),
                newName ?? '',
            ]),
        },
        {
            kind: 'change',
            title: 'Devices to rename',
            header: ['UDID', 'Registered name', 'New name'],
            rows: sync.rename.map(({ device, entry }) => [device.udid, device.name, entry.name]),
        },
        {
            kind: 'change',
            title: 'Devices to disable (not in the list)',
            header: ['Name', 'UDID', 'Platform'],
            rows: sync.disable.map((d) => [d.name, d.udid, platform(d.platform)]),
        },
        {
            kind: 'note',
            title: 'Names that differ, kept (set `rename: true` to rename)',
            header: ['UDID', 'Registered name', 'Name in the list'],
            rows: sync.namesKept.map(({ device, entry }) => [device.udid, device.name, entry.name]),
        },
        {
            kind: 'note',
            title: 'Profiles to regenerate',
            header: ['Profile', 'ID', 'Why'],
            rows: report.profiles.map((p) => [p.name, p.id, p.reason]),
        },
    ];
    return all.filter((listing) => listing.rows.length > 0);
}
function headline(report) {
    const { sync } = report;
    const counts = [
        `${sync.register.length} to register`,
        `${sync.enable.length} to re-enable`,
        `${sync.rename.length} to rename`,
        `${sync.disable.length} to disable`,
        `${sync.unchanged.length + sync.namesKept.length} already registered`,
    ].join(', ');
    const plural = report.registeredCount === 1 ? '' : 's';
    return `${counts}; the team has ${report.registeredCount} registered device${plural}.`;
}
function capLines(cap) {
    const lines = [];
    for (const f of cap.exceeded)
        lines.push(`Over Apple's device limit: ${describeUsage(f)}.`);
    if (cap.unknownDoNotFit) {
        lines.push(`The ${cap.unknown} new iOS devices do not fit in any family's remaining places.`);
    }
    for (const f of cap.atRisk) {
        lines.push(`May exceed Apple's device limit if the new devices are ${f.family}s: ${describeUsage(f)}.`);
    }
    return lines;
}
function stateLine(report) {
    const changes = listings(report).some((l) => l.kind === 'change') || report.profiles.length > 0;
    if (!changes && report.invalid.length === 0)
        return 'Nothing to change: every device is registered as listed.';
    return report.state === 'applied'
        ? 'These changes were applied.'
        : 'Planned only: nothing has been changed in App Store Connect. Merging applies this plan.';
}
/** The pull request comment (Markdown). */
function devicePlanMarkdown(report) {
    const parts = [
        '### App Store Connect devices: plan',
        '',
        `From ${report.sources.map((s) => `**${markdownCell(s)}**`).join(' and ')}: ${headline(report)}`,
        '',
        stateLine(report),
    ];
    if (report.invalid.length > 0) {
        parts.push('', '#### ❌ Invalid lines (fix these: the check fails until they are fixed)', '');
        for (const { source, problems } of report.invalid) {
            parts.push(`- **${markdownCell(source)}**: ${markdownCell(problems)}`);
        }
    }
    const cap = capLines(report.cap);
    if (cap.length > 0)
        parts.push('', ...cap.map((line) => `> ⚠️ ${markdownCell(line)}`));
    for (const listing of listings(report)) {
        parts.push('', `#### ${listing.title} (${listing.rows.length})`, '');
        parts.push(`| ${listing.header.join(' | ')} |`, `|${listing.header.map(() => ' --- |').join('')}`);
        for (const row of listing.rows)
            parts.push(`| ${row.map(markdownCell).join(' | ')} |`);
    }
    return parts.join('\n') + '\n';
}
/** Step-summary sections: counts, invalid lines, the limit and the notes (the plan table is apart). */
function devicePlanSections(report) {
    const sections = [
        {
            heading: 'Devices',
            lines: [`From ${report.sources.join(' and ')}: ${headline(report)}`, stateLine(report)],
        },
    ];
    if (report.invalid.length > 0) {
        sections.push({
            heading: 'Invalid lines',
            lines: report.invalid.map(({ source, problems }) => `${source}: ${problems}`),
        });
    }
    sections.push({
        heading: "Apple's device limit (per product family, per membership year)",
        lines: capLines(report.cap),
        table: {
            header: ['Family', 'Registered', 'New', 'New, family unknown', 'Limit'],
            rows: report.cap.families
                .filter((f) => f.used + f.adding + f.unknown > 0)
                .map((f) => [
                f.family,
                String(f.used),
                String(f.adding),
                String(f.unknown),
                String(f.limit),
            ]),
        },
    });
    for (const listing of listings(report).filter((l) => l.kind === 'note')) {
        const { header, rows } = listing;
        sections.push({ heading: `${listing.title} (${rows.length})`, table: { header, rows } });
    }
    return sections;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/device-sync.ts

/** Plans the changes that make the account hold every listed device, enabled (and named as listed). */
function planDeviceSync(wanted, account, options) {
    const byUdid = new Map(account.map((device) => [udidKey(device.udid), device]));
    const sync = {
        register: [],
        enable: [],
        rename: [],
        disable: [],
        unchanged: [],
        namesKept: [],
    };
    const listed = new Set();
    for (const entry of wanted) {
        listed.add(entry.udidKey);
        const device = byUdid.get(entry.udidKey);
        if (!device) {
            sync.register.push(entry);
            continue;
        }
        const nameDiffers = device.name !== entry.name;
        if (nameDiffers && !options.rename)
            sync.namesKept.push({ entry, device });
        const newName = nameDiffers && options.rename ? entry.name : undefined;
        if (device.status === 'DISABLED') {
            sync.enable.push({ entry, device, ...(newName === undefined ? {} : { newName }) });
        }
        else if (newName !== undefined) {
            sync.rename.push({ entry, device });
        }
        else {
            sync.unchanged.push({ entry, device });
        }
    }
    if (options.disableMissing) {
        sync.disable = account.filter((device) => device.status === 'ENABLED' && !listed.has(udidKey(device.udid)));
    }
    return sync;
}

;// CONCATENATED MODULE: ./src/operations/provisioning/register-devices.ts













/** The hidden marker that finds this operation's earlier comment on a pull request. */
const registerDevicesMarker = commentMarker('app-store-connect-action:register-devices');
function deviceLabel(device) {
    return `device '${device.name}' (${device.udid})`;
}
/** The writes of a device sync; `ids` learns the id of each device registered. */
function deviceChanges(context, sync, ids) {
    const { client } = context;
    return [
        ...sync.register.map((entry) => ({
            kind: 'create',
            target: deviceLabel(entry),
            detail: `register (${entry.platform})`,
            apply: async () => {
                const device = await registerDevice(client, entry);
                ids.set(entry.udidKey, device.id);
            },
        })),
        ...sync.enable.map(({ device, newName }) => ({
            kind: 'update',
            target: deviceLabel(device),
            detail: newName === undefined ? 're-enable' : `re-enable and rename to '${newName}'`,
            apply: () => updateDevice(client, device.id, {
                status: 'ENABLED',
                ...(newName === undefined ? {} : { name: newName }),
            }),
        })),
        ...sync.rename.map(({ device, entry }) => ({
            kind: 'update',
            target: deviceLabel(device),
            detail: `rename to '${entry.name}'`,
            apply: () => updateDevice(client, device.id, { name: entry.name }),
        })),
        ...sync.disable.map((device) => ({
            kind: 'update',
            target: deviceLabel(device),
            detail: 'disable (not in the list)',
            apply: () => updateDevice(client, device.id, { status: 'DISABLED' }),
        })),
    ];
}
function capFailure(cap, inputName) {
    if (cap.exceeded.length === 0 && !cap.unknownDoNotFit)
        return undefined;
    const over = cap.exceeded.map(describeUsage);
    if (cap.unknownDoNotFit)
        over.push(`${cap.unknown} new iOS devices fit in no product family`);
    return new input_error/* InputError */.d(inputName, `registering these devices would exceed Apple's limit of registered devices per product family for this membership year (${over.join('; ')}); remove devices from the list, or wait for the membership renewal to free places`);
}
function deviceRecord(device, id) {
    return { udid: device.udid, name: device.name, platform: device.platform, ...(id ? { id } : {}) };
}
const registerDevices = (0,operation/* defineOperation */.h)({
    name: 'register-devices',
    parse: (inputs) => {
        const devices = readDevicesInput(inputs);
        const refresh = readDeviceProfileRefresh(inputs);
        const githubToken = inputs.secret('github-token');
        return {
            devices,
            rename: inputs.boolean('rename', false),
            disableMissing: inputs.boolean('disable-missing', false),
            deviceLimit: inputs.integer('device-limit', defaultDeviceLimit, { min: 1, max: 100_000 }),
            ...(refresh ? { refresh } : {}),
            ...(githubToken ? { githubToken } : {}),
        };
    },
    async run(context, inputs) {
        const { client, log, dryRun } = context;
        const { devices } = inputs;
        const inputName = devices.sources.includes('the devices input') ? 'devices' : 'devices-file';
        const pullRequest = inputs.githubToken
            ? await currentPullRequest((0,github_run/* githubRunFrom */.J)(context.env), inputs.githubToken)
            : undefined;
        const invalid = devices.reports.filter(({ problems }) => !problems.isEmpty);
        // Bad lines fail before anything is read, except for the plan of a pull request, which shows
        // them next to the rest of the plan and fails after posting it.
        const reportInvalidFirst = dryRun && pullRequest !== undefined;
        if (invalid.length > 0 && !reportInvalidFirst)
            (0,problem_list/* throwIfProblems */.W8)(devices.reports);
        const account = await log.group('Read the registered devices', async () => {
            const listed = await listAllDevices(client);
            log.info(`${listed.length} registered device(s); ${devices.devices.length} in the list`);
            return listed;
        });
        const sync = planDeviceSync(devices.devices, account, inputs);
        const cap = checkDeviceCap(account, sync.register, inputs.deviceLimit);
        for (const family of cap.atRisk) {
            log.warning(`The new devices may exceed Apple's device limit if their family is ${family.family}: ${describeUsage(family)}. A new iOS device's family (iPhone, iPad, Watch, TV, Vision) is known only once registered.`);
        }
        for (const { device, entry } of sync.namesKept) {
            log.info(`${deviceLabel(device)} is named '${entry.name}' in ${entry.source}; kept (rename: true renames it)`);
        }
        const ids = new Map(account.map((d) => [udidKey(d.udid), d.id]));
        const plan = new shared_plan/* Plan */.cw().stage(deviceChanges(context, sync, ids));
        let refreshPlan;
        if (inputs.refresh) {
            refreshPlan = await planProfileRefresh(context, inputs.refresh, {
                addedDevices: [...sync.register, ...sync.enable.map(({ entry }) => entry)].map(({ udid, platform }) => ({ udid, platform })),
                removedDeviceIds: sync.disable.map((device) => device.id),
                accountDevices: account,
            });
            for (const stage of refreshPlan.plan.orderedStages)
                plan.stage(stage);
        }
        const failure = invalidLinesError(devices) ?? capFailure(cap, inputName);
        const report = (state) => ({
            sync,
            sources: devices.sources,
            registeredCount: account.length,
            invalid: invalid.map(({ label, problems }) => ({
                source: label,
                problems: problems.describe(),
            })),
            cap,
            profiles: refreshPlan?.profiles ?? [],
            state,
        });
        const postComment = async (state) => pullRequest && inputs.githubToken
            ? tryPostComment(context, inputs.githubToken, pullRequest, devicePlanMarkdown(report(state)))
            : undefined;
        if (failure) {
            const comment = await postComment('planned');
            context.onFailureShow(summaryOf(report('planned'), plan, false, dryRun, comment).sections);
            throw failure;
        }
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        const comment = await postComment(applied ? 'applied' : 'planned');
        const listedIds = devices.devices
            .map((entry) => ids.get(entry.udidKey))
            .filter((id) => id !== undefined);
        return {
            result: {
                devices: { listed: devices.devices.length, registeredBefore: account.length },
                plan: plan.records(),
                applied,
                registered: sync.register.map((e) => deviceRecord(e, ids.get(e.udidKey))),
                enabled: sync.enable.map(({ device, newName }) => ({
                    ...deviceRecord(device, device.id),
                    ...(newName === undefined ? {} : { renamedTo: newName }),
                })),
                renamed: sync.rename.map(({ device, entry }) => ({
                    ...deviceRecord(device, device.id),
                    renamedTo: entry.name,
                })),
                disabled: sync.disable.map((device) => deviceRecord(device, device.id)),
                namesKept: sync.namesKept.map(({ device, entry }) => ({
                    ...deviceRecord(device, device.id),
                    nameInList: entry.name,
                })),
                deviceLimit: cap.families,
                ...(refreshPlan ? { profiles: refreshPlan.result() } : {}),
                ...(comment ? { pullRequestComment: comment.url } : {}),
            },
            outputs: {
                'devices-registered': sync.register.length,
                'devices-enabled': sync.enable.length,
                'devices-renamed': sync.rename.length + sync.enable.filter((e) => e.newName).length,
                'devices-disabled': sync.disable.length,
                'device-ids': listedIds,
                ...(refreshPlan ? regeneratedProfileOutputs(refreshPlan) : {}),
            },
            summary: summaryOf(report(applied ? 'applied' : 'planned'), plan, applied, dryRun, comment),
        };
    },
});
/** The InputError that lists every bad line, if there are any. */
function invalidLinesError(devices) {
    try {
        (0,problem_list/* throwIfProblems */.W8)(devices.reports);
        return undefined;
    }
    catch (error) {
        if (error instanceof input_error/* InputError */.d)
            return error;
        throw error;
    }
}
function summaryOf(report, plan, applied, dryRun, comment) {
    return {
        title: 'Register devices',
        sections: [
            ...devicePlanSections(report),
            (0,shared_plan/* planSection */.lA)(plan, applied, dryRun),
            ...(comment ? [{ lines: [`Plan posted on the pull request: ${comment.url}`] }] : []),
        ],
    };
}
/** A comment that cannot be posted (a token without pull-requests: write) only warns: the summary has the plan. */
async function tryPostComment({ log, env }, token, pullRequest, body) {
    try {
        const posted = await upsertPullRequestComment((0,github_run/* githubRunFrom */.J)(env), token, pullRequest, registerDevicesMarker, body);
        log.info(`${posted.created ? 'Posted' : 'Updated'} the plan on pull request #${pullRequest.number}: ${posted.url}`);
        return posted;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log.warning(`Could not post the plan on pull request #${pullRequest.number} (${reason}); it is in the step summary. The token needs pull-requests: write (or issues: write).`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/operations/provisioning/revoke-certificate.ts



/**
 * `revoke-certificate`: revokes the certificates named in `certificates` by serial number or ID.
 * One that no longer exists is reported, not an error, so that a re-run changes nothing.
 */
const revokeCertificate = (0,operation/* defineOperation */.h)({
    name: 'revoke-certificate',
    parse: (inputs) => {
        const certificates = inputs.requiredList('certificates', 'it names the certificates to revoke (serial numbers or IDs)');
        return { certificates };
    },
    async run(context, inputs) {
        const { client, log } = context;
        const all = await listCertificates(client);
        const matches = (item) => (c) => c.id === item || c.serialNumber.toLowerCase() === item.toLowerCase();
        const found = [
            ...new Map(inputs.certificates.flatMap((item) => all.filter(matches(item))).map((c) => [c.id, c])).values(),
        ];
        const missing = inputs.certificates.filter((item) => !all.some(matches(item)));
        for (const item of missing) {
            log.warning(`No certificate has the serial number or ID '${item}' (already revoked?).`);
        }
        const plan = new shared_plan/* Plan */.cw().stage(found.map((certificate) => ({
            kind: 'delete',
            target: `certificate ${certificate.serialNumber}`,
            detail: `revoke ${describeCertificate(certificate)}; profiles signed with it become invalid`,
            apply: () => client.delete(`/v1/certificates/${certificate.id}`),
        })));
        const applied = await (0,shared_plan/* applyPlan */.gj)(context, plan);
        return {
            result: { certificates: found, missing, plan: plan.records(), applied },
            outputs: {
                'certificate-ids': found.map((c) => c.id),
                'certificate-serial-numbers': found.map((c) => c.serialNumber),
            },
            summary: {
                title: 'Revoke certificates',
                sections: [
                    ...(missing.length > 0 ? [{ lines: [`Not found: ${missing.join(', ')}.`] }] : []),
                    (0,shared_plan/* planSection */.lA)(plan, applied, context.dryRun),
                ],
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/operations/provisioning/index.ts











const operations = [
    listDevices,
    registerDevices,
    disableDevices,
    registerBundleId,
    createCertificate,
    list_certificates_listCertificates,
    revokeCertificate,
    createProfileOperation,
    downloadProfiles,
    deleteProfile,
    refreshProfiles,
];


/***/ }),

/***/ 4298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JK: () => (/* binding */ completeRelatedIds),
/* harmony export */   jP: () => (/* binding */ completeRelated),
/* harmony export */   oe: () => (/* binding */ includedRelationshipLimit),
/* harmony export */   zV: () => (/* binding */ includedLimits)
/* harmony export */ });
/* harmony import */ var _asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5086);
/* harmony import */ var _asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3105);


/** What every listing asks in `limit[<relationship>]`: Apple's cap for included relationships. */
const includedRelationshipLimit = 50;
/** The limits to ask for a listing's included to-many relationships: 50 each. */
function includedLimits(relationships) {
    return Object.fromEntries(relationships.map((name) => [name, includedRelationshipLimit]));
}
/**
 * Every id of `resource`'s to-many `relationship`, from an answer that included it with
 * `limit[relationship]`. Apple's `meta.paging` beside included data is not a count (it reads
 * `{"total": 0, "limit": 2147483647}` beside non-empty data), so it is never read: data shorter than
 * the limit is complete, as it is in the common case, at no extra request; data as long as the limit
 * may have been cut, and the whole relationship is read.
 *
 * Every listing that includes a to-many relationship goes through here.
 */
async function completeRelatedIds(client, resource, relationship, options = {}) {
    const ids = (0,_asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__/* .relatedIds */ .qj)(resource, relationship);
    if (ids.length < (options.limit ?? includedRelationshipLimit))
        return ids;
    if (options.readAll)
        return options.readAll();
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAll */ ._U)(client, `/v1/${resource.type}/${encodeURIComponent(resource.id)}/relationships/${relationship}`);
    return data.map((identifier) => identifier.id);
}
/**
 * The related resources of `resource`'s to-many `relationship`, from an answer that included them
 * (`fromIncluded`), completed from the related endpoint `/v1/<type>/<id>/<relationship>` (with
 * `query`, e.g. its fields) when the included data is as long as the limit asked.
 */
async function completeRelated(client, resource, relationship, fromIncluded, options = {}) {
    if ((0,_asc_json_api_js__WEBPACK_IMPORTED_MODULE_0__/* .relatedIds */ .qj)(resource, relationship).length < (options.limit ?? includedRelationshipLimit)) {
        return fromIncluded;
    }
    const { data } = await (0,_asc_pagination_js__WEBPACK_IMPORTED_MODULE_1__/* .collectAll */ ._U)(client, `/v1/${resource.type}/${encodeURIComponent(resource.id)}/${relationship}`, options.query ?? {});
    return data;
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
