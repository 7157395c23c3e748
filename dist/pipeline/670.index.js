export const id = 670;
export const ids = [670];
export const modules = {

/***/ 76670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ generateSbom),
  l: () => (/* binding */ serialize)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/oci/reference.ts
var oci_reference = __webpack_require__(62148);
// EXTERNAL MODULE: ./src/sbom/model.ts
var model = __webpack_require__(25440);
;// CONCATENATED MODULE: ./src/sbom/subject.ts
/** What both SBOM formats say about the image itself: its name, digest, purl, a creation time, stable ids. */




function subject(input) {
    const digest = /^(sha256):([a-f0-9]{64})$|^(sha512):([a-f0-9]{128})$/.exec(input.digest);
    if (!digest)
        throw new errors/* ConfigurationError */.j1(`"${input.digest}" is not an image digest (sha256:<64 hex digits>)`);
    const time = input.created instanceof Date ? input.created : new Date(input.created);
    if (Number.isNaN(time.getTime())) {
        throw new errors/* ConfigurationError */.j1(`"${String(input.created)}" is not a date and time for the SBOM's creation`);
    }
    const result = {
        imageName: input.imageName,
        digest: input.digest,
        algorithm: (digest[1] ?? digest[3]),
        hex: (digest[2] ?? digest[4]),
        created: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const purl = imagePurl(input.imageName, input.digest);
    if (purl)
        result.purl = purl;
    return result;
}
/** pkg:oci/os@sha256:…?repository_url=ghcr.io/org/os&tag=1.2 (the oci purl type). */
function imagePurl(imageName, digest) {
    let reference;
    try {
        reference = (0,oci_reference/* parseReference */.F2)(imageName);
    }
    catch {
        return undefined;
    }
    return (0,model/* formatPurl */.dd)({
        type: 'oci',
        name: reference.repository.split('/').at(-1),
        version: digest,
        qualifiers: { repository_url: (0,oci_reference/* repositoryName */.aR)(reference), tag: reference.tag },
    });
}
/** A name-based (version 5, SHA-1) UUID: the same name always gives the same UUID. */
function uuidFromName(name) {
    const bytes = (0,external_node_crypto_.createHash)('sha1').update(`osimg-sbom:${name}`).digest().subarray(0, 16);
    bytes[6] = (bytes[6] & 0x0f) | 0x50;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = bytes.toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

;// CONCATENATED MODULE: ./src/sbom/cyclonedx.ts
/**
 * CycloneDX 1.6 JSON: the image as metadata.component (type container, with its digest), its operating
 * system as an operating-system component, and every installed package as a library component.
 */


function cdxLicenses(pkg) {
    const license = pkg.license;
    if (!license)
        return undefined;
    if (license.expression === undefined)
        return [{ license: { name: license.declared } }];
    if (/^[A-Za-z0-9.-]+$/.test(license.expression))
        return [{ license: { id: license.expression } }];
    return [{ expression: license.expression }];
}
function supplier(value) {
    if (!value)
        return undefined;
    return value.email ? { name: value.name, contact: [{ email: value.email }] } : { name: value.name };
}
function libraryComponent(pkg) {
    const component = {
        type: 'library',
        'bom-ref': pkg.purl,
        name: pkg.name,
        version: pkg.version,
    };
    const vendor = supplier(pkg.supplier);
    if (vendor)
        component.supplier = vendor;
    if (pkg.summary)
        component.description = pkg.summary;
    const licenses = cdxLicenses(pkg);
    if (licenses)
        component.licenses = licenses;
    component.purl = pkg.purl;
    if (pkg.homepage && /^[a-z][a-z0-9+.-]*:\S+$/i.test(pkg.homepage)) {
        component.externalReferences = [{ type: 'website', url: pkg.homepage }];
    }
    const properties = [{ name: 'osimg:package:type', value: pkg.type }];
    if (pkg.arch)
        properties.push({ name: 'osimg:package:arch', value: pkg.arch });
    if (pkg.epoch !== undefined)
        properties.push({ name: 'osimg:package:epoch', value: String(pkg.epoch) });
    if (pkg.source) {
        properties.push({ name: 'osimg:package:source', value: pkg.source.name });
        if (pkg.source.version)
            properties.push({ name: 'osimg:package:source-version', value: pkg.source.version });
    }
    if (pkg.license &&
        pkg.license.expression !== undefined &&
        pkg.license.declared !== pkg.license.expression) {
        properties.push({ name: 'osimg:package:license-declared', value: pkg.license.declared });
    }
    properties.push({ name: 'osimg:package:database', value: pkg.foundIn });
    component.properties = properties;
    return component;
}
function osComponent(os) {
    const component = { type: 'operating-system', 'bom-ref': `os:${os.id}`, name: os.id };
    if (os.versionId)
        component.version = os.versionId;
    if (os.prettyName)
        component.description = os.prettyName;
    if (os.cpe)
        component.cpe = os.cpe;
    if (os.homeUrl && /^[a-z][a-z0-9+.-]*:\S+$/i.test(os.homeUrl)) {
        component.externalReferences = [{ type: 'website', url: os.homeUrl }];
    }
    return component;
}
function toCycloneDx(packages, os, subject) {
    const imageRef = subject.purl ?? `image:${subject.digest}`;
    const image = {
        type: 'container',
        'bom-ref': imageRef,
        name: subject.imageName,
        version: subject.digest,
        hashes: [{ alg: subject.algorithm === 'sha256' ? 'SHA-256' : 'SHA-512', content: subject.hex }],
    };
    if (subject.purl)
        image.purl = subject.purl;
    const components = [...(os ? [osComponent(os)] : []), ...packages.map(libraryComponent)];
    return {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        serialNumber: `urn:uuid:${uuidFromName(`cyclonedx:${subject.digest}`)}`,
        version: 1,
        metadata: {
            timestamp: subject.created,
            tools: { components: [{ type: 'application', name: 'osimg', version: version/* VERSION */.x }] },
            component: image,
        },
        components,
        dependencies: [{ ref: imageRef, dependsOn: components.map((component) => component['bom-ref']) }],
    };
}

// EXTERNAL MODULE: ./src/sbom/packages.ts + 8 modules
var sbom_packages = __webpack_require__(42518);
// EXTERNAL MODULE: ./src/sbom/spdx-license-ids.ts
var spdx_license_ids = __webpack_require__(45819);
;// CONCATENATED MODULE: ./src/sbom/spdx.ts
/**
 * SPDX 2.3 JSON: the image as a CONTAINER package that the document DESCRIBES and that CONTAINS its
 * operating system and every installed package. Licenses are SPDX expressions of listed identifiers;
 * a declared license that is not one becomes a LicenseRef with the declared text kept in
 * hasExtractedLicensingInfos, never free text in a license field.
 */




const NOASSERTION = 'NOASSERTION';
const hash = (text, length) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, length);
/** Letters, digits, '.' and '-' only (the idstring of SPDX identifiers). */
const idString = (text) => text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '');
function spdxSupplier(supplier) {
    if (!supplier)
        return NOASSERTION;
    return `${supplier.kind}: ${supplier.name}${supplier.email ? ` (${supplier.email})` : ''}`;
}
/** SPDX's URL-ish documentNamespace: unique per image digest, the same for the same digest. */
function documentNamespace(subject) {
    const name = idString(subject.imageName.split('/').at(-1) ?? '') || 'image';
    return `https://github.com/org/osimg/spdx/${name}-${uuidFromName(`spdx:${subject.digest}`)}`;
}
function osPackage(os) {
    const pkg = {
        SPDXID: 'SPDXRef-OperatingSystem',
        name: os.id,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        primaryPackagePurpose: 'OPERATING-SYSTEM',
    };
    if (os.versionId)
        pkg.versionInfo = os.versionId;
    if (os.homeUrl)
        pkg.homepage = os.homeUrl;
    if (os.prettyName)
        pkg.summary = os.prettyName;
    if (os.cpe?.startsWith('cpe:/')) {
        pkg.externalRefs = [
            { referenceCategory: 'SECURITY', referenceType: 'cpe22Type', referenceLocator: os.cpe },
        ];
    }
    else if (os.cpe?.startsWith('cpe:2.3:')) {
        pkg.externalRefs = [
            { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: os.cpe },
        ];
    }
    return pkg;
}
function toSpdx(packages, os, subject) {
    const extracted = new Map();
    const licenseRef = (declared) => {
        const id = `LicenseRef-${idString(declared).slice(0, 40) || 'declared'}-${hash(declared, 8)}`;
        extracted.set(id, {
            licenseId: id,
            extractedText: declared,
            name: declared.length > 80 ? `${declared.slice(0, 77)}...` : declared,
            comment: 'The license as the package declares it; it is not an expression of SPDX License List identifiers.',
        });
        return id;
    };
    const image = {
        SPDXID: 'SPDXRef-Image',
        name: subject.imageName,
        versionInfo: subject.digest,
        downloadLocation: NOASSERTION,
        filesAnalyzed: false,
        licenseConcluded: NOASSERTION,
        licenseDeclared: NOASSERTION,
        copyrightText: NOASSERTION,
        checksums: [
            { algorithm: subject.algorithm === 'sha256' ? 'SHA256' : 'SHA512', checksumValue: subject.hex },
        ],
        primaryPackagePurpose: 'CONTAINER',
    };
    if (subject.purl) {
        image.externalRefs = [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: subject.purl },
        ];
    }
    const contained = packages.map((pkg) => {
        const spdx = {
            SPDXID: `SPDXRef-Package-${pkg.type}-${idString(pkg.name)}-${hash(pkg.purl, 12)}`,
            name: pkg.name,
            versionInfo: pkg.version,
            supplier: spdxSupplier(pkg.supplier),
            downloadLocation: NOASSERTION,
            filesAnalyzed: false,
            licenseConcluded: NOASSERTION,
            licenseDeclared: pkg.license
                ? (pkg.license.expression ?? licenseRef(pkg.license.declared))
                : NOASSERTION,
            copyrightText: NOASSERTION,
            externalRefs: [
                { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: pkg.purl },
            ],
            primaryPackagePurpose: 'LIBRARY',
        };
        if (pkg.homepage)
            spdx.homepage = pkg.homepage;
        if (pkg.source) {
            spdx.sourceInfo = `built package from: ${pkg.source.name}${pkg.source.version ? ` ${pkg.source.version}` : ''}`;
        }
        if (pkg.summary)
            spdx.summary = pkg.summary;
        return spdx;
    });
    const osPkg = os ? [osPackage(os)] : [];
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: `${subject.imageName}@${subject.digest}`,
        documentNamespace: documentNamespace(subject),
        creationInfo: {
            created: subject.created,
            creators: [`Tool: osimg-${version/* VERSION */.x}`],
            licenseListVersion: spdx_license_ids/* SPDX_LICENSE_LIST_VERSION */.m.split('.').slice(0, 2).join('.'),
        },
        packages: [image, ...osPkg, ...contained],
        relationships: [
            { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: image.SPDXID },
            ...[...osPkg, ...contained].map((pkg) => ({
                spdxElementId: image.SPDXID,
                relationshipType: 'CONTAINS',
                relatedSpdxElement: pkg.SPDXID,
            })),
        ],
    };
    if (extracted.size > 0) {
        document.hasExtractedLicensingInfos = [...extracted.values()].sort((a, b) => a.licenseId < b.licenseId ? -1 : 1);
    }
    return document;
}

;// CONCATENATED MODULE: ./src/sbom/index.ts
/**
 * SBOMs generated natively from an image's root filesystem: the installed packages of every package
 * database it has (dpkg, rpm with the SQLite rpmdb, apk) and its OS release, as SPDX 2.3 JSON and
 * CycloneDX 1.6 JSON. Same root filesystem, digest and creation time → byte-identical documents.
 */




async function generateSbom(rootfsDir, image) {
    const about = subject(image);
    const { packages, os, databases, warnings } = await (0,sbom_packages/* collectPackages */.a)(rootfsDir);
    const sbom = {
        packages,
        databases,
        spdx: toSpdx(packages, os, about),
        cyclonedx: toCycloneDx(packages, os, about),
        warnings,
    };
    if (os)
        sbom.os = os;
    return sbom;
}
/** The serialised form attached to images: two-space indented JSON with a final newline. */
function serialize(document) {
    return `${JSON.stringify(document, null, 2)}\n`;
}


/***/ }),

/***/ 25440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gq: () => (/* binding */ parseContact),
/* harmony export */   YM: () => (/* binding */ packagePurl),
/* harmony export */   dd: () => (/* binding */ formatPurl)
/* harmony export */ });
/* unused harmony export purlEncode */
/** Percent-encoding per the purl spec: only ALPHA DIGIT . - _ ~ (and ':' outside the scheme) stay as they are. */
function purlEncode(text) {
    return encodeURIComponent(text)
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%3A/g, ':');
}
function formatPurl(parts) {
    let purl = `pkg:${parts.type}/`;
    if (parts.namespace)
        purl += `${parts.namespace.split('/').map(purlEncode).join('/')}/`;
    purl += purlEncode(parts.name);
    if (parts.version)
        purl += `@${purlEncode(parts.version)}`;
    const qualifiers = Object.entries(parts.qualifiers ?? {})
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${key.toLowerCase()}=${purlEncode(value)}`);
    if (qualifiers.length > 0)
        purl += `?${qualifiers.join('&')}`;
    return purl;
}
/**
 * The purl of a package in a distribution (namespace: the os-release ID, e.g. "debian", "fedora", "alpine";
 * distro: e.g. "debian-12"). Qualifiers in canonical (sorted) order.
 */
function packagePurl(record, vendor, distro) {
    const lowerName = record.type === 'deb' || record.type === 'apk';
    const version = record.type === 'rpm' && record.epoch !== undefined
        ? record.version.slice(record.version.indexOf(':') + 1)
        : record.version;
    return formatPurl({
        type: record.type,
        namespace: vendor.toLowerCase(),
        name: lowerName ? record.name.toLowerCase() : record.name,
        version,
        qualifiers: {
            arch: record.arch,
            distro,
            epoch: record.type === 'rpm' && record.epoch !== undefined ? String(record.epoch) : undefined,
        },
    });
}
/** "Jane Doe <jane@example.org>" → name and e-mail. */
function parseContact(text, kind) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    const match = /^(.*?)\s*<([^<>]*)>$/.exec(trimmed);
    if (!match)
        return { kind, name: trimmed };
    const name = match[1].trim() || match[2].trim();
    return match[2].trim() ? { kind, name, email: match[2].trim() } : { kind, name };
}


/***/ }),

/***/ 42518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ collectPackages)
});

// UNUSED EXPORTS: purlVendor

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/sbom/spdx-license-ids.ts
var spdx_license_ids = __webpack_require__(45819);
;// CONCATENATED MODULE: ./src/sbom/license.ts
/**
 * License strings as packages declare them → SPDX license expressions (SPDX 2.3 Annex D) made only of SPDX
 * License List identifiers. rpm (Fedora ≥ 38, CentOS Stream 10) and apk mostly declare SPDX expressions
 * already; Debian's machine-readable copyright files (DEP-5) use their own short names ("GPL-2+", "Expat",
 * "GPL-2+ with Autoconf exception"), translated here. Anything that does not map exactly is left as text:
 * an SBOM must not present a guess as an SPDX expression.
 */

const CANONICAL = new Map(spdx_license_ids/* SPDX_LICENSE_IDS */.V.map((id) => [id.toLowerCase(), id]));
/** The listed identifier in its canonical case (SPDX identifiers match case-insensitively). */
function canonicalLicenseId(id) {
    return CANONICAL.get(id.toLowerCase());
}
const MAX_TOKENS = 512;
/** Parses an SPDX license expression; undefined when it is not one or names an unlisted identifier. */
function parse(text) {
    const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
    if (tokens.length === 0 || tokens.length > MAX_TOKENS)
        return undefined;
    let at = 0;
    const operator = (name) => {
        const token = tokens[at];
        return token !== undefined && (token === name || token === name.toLowerCase());
    };
    const simple = () => {
        const token = tokens[at];
        if (token === '(') {
            at++;
            const inner = or();
            if (!inner || tokens[at] !== ')')
                return undefined;
            at++;
            return inner;
        }
        if (token === undefined || token === ')' || /^(AND|OR|WITH)$/i.test(token))
            return undefined;
        at++;
        const plus = token.endsWith('+');
        const id = canonicalLicenseId(plus ? token.slice(0, -1) : token);
        if (!id)
            return undefined;
        let node = { kind: 'id', id, plus };
        if (operator('WITH')) {
            at++;
            const exception = tokens[at] === undefined ? undefined : canonicalLicenseId(tokens[at]);
            if (!exception)
                return undefined;
            at++;
            node = { kind: 'with', license: node, exception };
        }
        return node;
    };
    const chain = (kind, next) => () => {
        const first = next();
        if (!first)
            return undefined;
        const parts = [first];
        while (operator(kind.toUpperCase())) {
            at++;
            const part = next();
            if (!part)
                return undefined;
            parts.push(part);
        }
        return parts.length === 1 ? first : { kind, parts };
    };
    const and = chain('and', simple);
    const or = chain('or', and);
    const node = or();
    return node && at === tokens.length ? node : undefined;
}
function format(node, parent) {
    switch (node.kind) {
        case 'id':
            return node.plus ? `${node.id}+` : node.id;
        case 'with':
            return `${format(node.license)} WITH ${node.exception}`;
        default: {
            const text = node.parts.map((part) => format(part, node.kind)).join(` ${node.kind.toUpperCase()} `);
            return parent && parent !== node.kind ? `(${text})` : text;
        }
    }
}
/** The canonical form of an SPDX expression of listed identifiers, or undefined when `text` is not one. */
function spdxExpression(text) {
    const node = parse(text.trim());
    return node && format(node);
}
const DEP5_NAMES = {
    expat: 'MIT',
    artistic: 'Artistic-1.0-Perl',
    'apache-2': 'Apache-2.0',
    cc0: 'CC0-1.0',
    'psf-2': 'PSF-2.0',
    'mpl-2': 'MPL-2.0',
    'zope-2.1': 'ZPL-2.1',
};
/** One DEP-5 short name ("GPL-2+", "LGPL-2.1", "Expat", "BSD-3-clause") as an SPDX identifier. */
function dep5Name(name) {
    const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d+(?:\.\d+)?)(\+)?$/i.exec(name);
    if (gnu) {
        const version = gnu[2].includes('.') ? gnu[2] : `${gnu[2]}.0`;
        return canonicalLicenseId(`${gnu[1]}-${version}-${gnu[3] ? 'or-later' : 'only'}`);
    }
    const mapped = DEP5_NAMES[name.toLowerCase()];
    if (mapped)
        return mapped;
    if (name.endsWith('+')) {
        const base = canonicalLicenseId(name.slice(0, -1));
        return base && `${base}+`;
    }
    return canonicalLicenseId(name);
}
/** "Autoconf" (from "with Autoconf exception") after GPL-3.0-or-later → "Autoconf-exception-3.0". */
function dep5Exception(name, license) {
    const prefix = `${name.toLowerCase()}-exception`;
    const candidates = spdx_license_ids/* SPDX_LICENSE_IDS */.V.filter((id) => id.toLowerCase().startsWith(prefix));
    if (candidates.length === 1)
        return candidates[0];
    const major = /-(\d+)\.\d+-/.exec(license ?? '')?.[1];
    return major ? candidates.find((id) => id.toLowerCase() === `${prefix}-${major}.0`) : undefined;
}
/** A DEP-5 License short-name expression ("GPL-2+ or Artistic") as an SPDX expression, when it maps. */
function dep5Expression(text) {
    const words = text.replace(/,/g, ' ').trim().split(/\s+/);
    if (words.length > MAX_TOKENS)
        return undefined;
    const out = [];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const lower = word.toLowerCase();
        if (lower === 'and' || lower === 'or')
            out.push(lower.toUpperCase());
        else if (lower === 'with') {
            const end = words.findIndex((w, j) => j > i && w.toLowerCase() === 'exception');
            if (end < 0)
                return undefined;
            const exception = dep5Exception(words.slice(i + 1, end).join('-'), out.at(-1));
            if (!exception)
                return undefined;
            out.push('WITH', exception);
            i = end;
        }
        else {
            const id = dep5Name(word);
            if (!id)
                return undefined;
            out.push(id);
        }
    }
    return spdxExpression(out.join(' '));
}
/** Joins expressions with AND (deduplicated, sorted, compound parts in parentheses). */
function allOf(expressions) {
    const unique = [...new Set(expressions)].sort();
    if (unique.length <= 1)
        return unique[0];
    return unique
        .map((expression) => (/\s(OR|AND)\s/.test(expression) ? `(${expression})` : expression))
        .join(' AND ');
}
/** A declared license string, with its SPDX expression when it is (or, for DEP-5, maps to) one. */
function license(declared, dialect = 'spdx') {
    const text = declared.trim();
    if (!text)
        return undefined;
    const expression = dialect === 'dep5' ? dep5Expression(text) : spdxExpression(text);
    return expression === undefined ? { declared: text } : { declared: text, expression };
}

// EXTERNAL MODULE: ./src/sbom/model.ts
var model = __webpack_require__(25440);
;// CONCATENATED MODULE: ./src/sbom/apk.ts
/**
 * Alpine packages: /lib/apk/db/installed (apk-tools' installed database). One package per blank-line
 * separated block of `X:value` lines: P name, V version, A arch, L license, o origin, U url, m maintainer,
 * T description (others, such as files and checksums, are not needed here).
 */



const APK_INSTALLED = '/lib/apk/db/installed';
function parseApkInstalled(text, file = APK_INSTALLED) {
    const records = [];
    let fields = new Map();
    let start = 0;
    const end = () => {
        if (fields.size === 0)
            return;
        const name = fields.get('P');
        const version = fields.get('V');
        if (!name || !version) {
            throw new errors/* ConfigurationError */.j1(`${file}:${start}: package entry without ${name ? 'a V: version' : 'a P: name'}`);
        }
        const record = { type: 'apk', name, version, foundIn: file };
        const arch = fields.get('A');
        if (arch)
            record.arch = arch;
        const declared = fields.get('L');
        const parsed = declared === undefined ? undefined : license(declared);
        if (parsed)
            record.license = parsed;
        const origin = fields.get('o');
        if (origin)
            record.source = { name: origin };
        const maintainer = fields.get('m');
        const supplier = maintainer ? (0,model/* parseContact */.Gq)(maintainer, 'Person') : undefined;
        if (supplier)
            record.supplier = supplier;
        const url = fields.get('U');
        if (url)
            record.homepage = url;
        const summary = fields.get('T');
        if (summary)
            record.summary = summary;
        records.push(record);
        fields = new Map();
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (line === '') {
            end();
            continue;
        }
        if (line[1] !== ':')
            throw new errors/* ConfigurationError */.j1(`${file}:${i + 1}: expected "X:value", found "${line.slice(0, 60)}"`);
        if (fields.size === 0)
            start = i + 1;
        // Repeated keys (F: folders, R: files) only matter for the first of the fields kept here.
        const key = line[0];
        if (!fields.has(key))
            fields.set(key, line.slice(2));
    }
    end();
    return records;
}
/** The apk database of an image: undefined when it has none. */
async function readApk(root) {
    const text = await root.readText(APK_INSTALLED);
    return text === undefined ? undefined : parseApkInstalled(text, APK_INSTALLED);
}

;// CONCATENATED MODULE: ./src/sbom/control.ts
/**
 * Debian control-file syntax (deb-control(5)), shared by /var/lib/dpkg/status and DEP-5 copyright files:
 * paragraphs separated by blank lines, `Field: value` lines, continuation lines starting with a space or tab.
 */

/**
 * Splits control text into paragraphs. In strict mode a line that is neither a field nor a continuation
 * is a ConfigurationError naming `file:line`; otherwise such lines are skipped (copyright files are
 * often hand-written).
 */
function parseParagraphs(text, file, strict = true) {
    const paragraphs = [];
    let current;
    let last;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i];
        if (line.trim() === '') {
            if (current)
                paragraphs.push(current);
            current = undefined;
            last = undefined;
            continue;
        }
        if (line.startsWith('#'))
            continue; // comments (deb-control(5); dpkg never writes them to status)
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (current && last !== undefined) {
                current.fields.set(last, `${current.fields.get(last)}\n${line.slice(1)}`);
                continue;
            }
            if (strict)
                throw new errors/* ConfigurationError */.j1(`${file}:${i + 1}: continuation line without a field`);
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0 || /\s/.test(line.slice(0, colon))) {
            if (strict)
                throw new errors/* ConfigurationError */.j1(`${file}:${i + 1}: expected "Field: value", found "${line.slice(0, 60)}"`);
            continue;
        }
        current ??= { fields: new Map(), line: i + 1 };
        last = line.slice(0, colon).toLowerCase();
        current.fields.set(last, line.slice(colon + 1).trim());
    }
    if (current)
        paragraphs.push(current);
    return paragraphs;
}

;// CONCATENATED MODULE: ./src/sbom/dpkg.ts
/**
 * Debian packages: /var/lib/dpkg/status (and the /var/lib/dpkg/status.d/ files of distroless images), with
 * licenses from machine-readable (DEP-5) /usr/share/doc/<package>/copyright files.
 */




const DPKG_STATUS = '/var/lib/dpkg/status';
const DPKG_STATUS_D = '/var/lib/dpkg/status.d';
/**
 * The installed packages of a dpkg status file. A package counts as installed when its Status says
 * "installed" (whatever is wanted of it: "install", "hold" or "deinstall"), or when it has no Status at
 * all (distroless status.d files are bare control files). Other states (config-files, half-installed,
 * unpacked, not-installed) are left out. Malformed text is a ConfigurationError naming `file:line`.
 */
function parseDpkgStatus(text, file = DPKG_STATUS) {
    const records = [];
    for (const { fields, line } of parseParagraphs(text, file)) {
        const status = fields.get('status');
        if (status !== undefined && status.split(/\s+/)[2] !== 'installed')
            continue;
        const name = fields.get('package');
        const version = fields.get('version');
        if (!name)
            throw new errors/* ConfigurationError */.j1(`${file}:${line}: package entry without a Package field`);
        if (!version)
            throw new errors/* ConfigurationError */.j1(`${file}:${line}: installed package ${name} has no Version`);
        const record = { type: 'deb', name, version, foundIn: file };
        const arch = fields.get('architecture');
        if (arch)
            record.arch = arch;
        const source = fields.get('source');
        if (source) {
            // "Source: gcc-12" or "Source: util-linux (2.38.1-5)" when the source version differs.
            const match = /^(\S+)(?:\s+\((\S+)\))?/.exec(source);
            if (match)
                record.source = match[2] ? { name: match[1], version: match[2] } : { name: match[1] };
        }
        const maintainer = fields.get('maintainer');
        const supplier = maintainer ? (0,model/* parseContact */.Gq)(maintainer, maintainerKind(maintainer)) : undefined;
        if (supplier)
            record.supplier = supplier;
        const homepage = fields.get('homepage');
        if (homepage)
            record.homepage = homepage;
        const summary = fields.get('description')?.split('\n')[0]?.trim();
        if (summary)
            record.summary = summary;
        records.push(record);
    }
    return records;
}
/** Debian maintainers are people or teams ("Debian GNOME Maintainers", "util-linux packagers"). */
function maintainerKind(maintainer) {
    return /\b(maintainers?|packagers|team|project|developers|group|debian)\b/i.test(maintainer.replace(/<[^>]*>/, ''))
        ? 'Organization'
        : 'Person';
}
const DEP5_FORMAT = /^\s*(https?:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/|https?:\/\/dep\.debian\.net\/deps\/dep5)/i;
/**
 * The License names of a machine-readable (DEP-5) copyright file, undefined when the file is not one.
 * Only each License field's first line counts (the rest is the license text).
 */
function dep5Licenses(text) {
    const paragraphs = parseParagraphs(text, 'copyright', false);
    const header = paragraphs[0]?.fields;
    const format = header?.get('format') ?? header?.get('format-specification');
    if (format === undefined || !DEP5_FORMAT.test(format))
        return undefined;
    const names = paragraphs
        .map((paragraph) => paragraph.fields.get('license')?.split('\n')[0]?.trim())
        .filter((name) => Boolean(name));
    return [...new Set(names)].sort();
}
/** A package's license from its DEP-5 copyright names: an SPDX expression when every name maps to one. */
function dep5License(names) {
    if (names.length === 0)
        return undefined;
    const declared = names.join(', ');
    const expressions = names.map(dep5Expression);
    if (expressions.some((expression) => expression === undefined))
        return { declared };
    return { declared, expression: allOf(expressions) };
}
async function addLicenses(root, records) {
    await Promise.all(records.map(async (record) => {
        const text = await root.readText(`/usr/share/doc/${record.name}/copyright`);
        const names = text === undefined ? undefined : dep5Licenses(text);
        const license = names && dep5License(names);
        if (license)
            record.license = license;
    }));
}
/** The dpkg database of an image: undefined when it has none. */
async function readDpkg(root) {
    const status = await root.readText(DPKG_STATUS);
    const parts = await root.list(DPKG_STATUS_D);
    if (status === undefined && parts === undefined)
        return undefined;
    const records = status === undefined ? [] : parseDpkgStatus(status, DPKG_STATUS);
    for (const part of parts ?? []) {
        // distroless also keeps <package>.md5sums files there.
        if (part.endsWith('.md5sums') || part.startsWith('.'))
            continue;
        const path = `${DPKG_STATUS_D}/${part}`;
        const text = await root.readText(path);
        if (text !== undefined)
            records.push(...parseDpkgStatus(text, path));
    }
    await addLicenses(root, records);
    return records;
}

;// CONCATENATED MODULE: ./src/sbom/os-release.ts
const OS_RELEASE_PATHS = ['/etc/os-release', '/usr/lib/os-release'];
function unquote(raw) {
    const value = raw.trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
        const inner = value.slice(1, -1);
        return quote === "'" ? inner : inner.replace(/\\([$"\\`])/g, '$1');
    }
    return value.replace(/\\(.)/g, '$1');
}
/** The variables of an os-release file. Never throws: lines that are not assignments are ignored. */
function parseOsReleaseVariables(text) {
    const variables = new Map();
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (match)
            variables.set(match[1], unquote(match[2]));
    }
    return variables;
}
function parseOsRelease(text, path = OS_RELEASE_PATHS[0]) {
    const vars = parseOsReleaseVariables(text);
    const get = (key) => {
        const value = vars.get(key);
        return value ? value : undefined;
    };
    const release = {
        id: (get('ID') ?? 'linux').toLowerCase(),
        idLike: (get('ID_LIKE') ?? '').split(/\s+/).filter(Boolean),
        path,
    };
    const optional = {
        versionId: get('VERSION_ID'),
        versionCodename: get('VERSION_CODENAME'),
        name: get('NAME'),
        prettyName: get('PRETTY_NAME'),
        cpe: get('CPE_NAME'),
        homeUrl: get('HOME_URL'),
    };
    for (const [key, value] of Object.entries(optional)) {
        if (value !== undefined)
            release[key] = value;
    }
    return release;
}
/** The image's OS release, or undefined when it has neither file. */
async function readOsRelease(root) {
    for (const path of OS_RELEASE_PATHS) {
        const text = await root.readText(path);
        if (text !== undefined)
            return parseOsRelease(text, path);
    }
    return undefined;
}
/** The purl `distro` qualifier: "debian-12", "fedora-41", "alpine-3.19.1"; the codename when there is no version. */
function distroQualifier(os) {
    if (!os)
        return undefined;
    const version = os.versionId ?? os.versionCodename;
    return version ? `${os.id}-${version}` : undefined;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sbom/rootfs.ts
/**
 * Reading files of an image's root filesystem unpacked in a directory, as a process chrooted there would:
 * symbolic links resolve inside the root (an absolute target is taken from the root, `..` stops at it), so a
 * link such as /etc/os-release → /usr/lib/os-release never reads the host's file.
 */



const MAX_LINKS = 40; // as Linux's MAXSYMLINKS
function isMissing(error) {
    const code = error.code;
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP';
}
class Rootfs {
    dir;
    /** Resolved in-root paths of the directories and files looked up so far (undefined: does not exist). */
    resolved = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    /** The host path of an in-root path after resolving its links inside the root; undefined when missing. */
    async resolve(path) {
        const inRoot = await this.resolveInRoot(external_node_path_.posix.normalize(`/${path}`), 0);
        return inRoot === undefined ? undefined : (0,external_node_path_.join)(this.dir, inRoot);
    }
    resolveInRoot(path, links) {
        if (path === '/')
            return Promise.resolve('/');
        // Only lookups outside a chain of links are memoised (and reused): a link loop must count up to the
        // limit, never wait on its own pending lookup.
        if (links > 0)
            return this.resolveUncached(path, links);
        let result = this.resolved.get(path);
        if (!result) {
            result = this.resolveUncached(path, 0);
            this.resolved.set(path, result);
        }
        return result;
    }
    async resolveUncached(path, links) {
        const parent = await this.resolveInRoot(external_node_path_.posix.dirname(path), links);
        if (parent === undefined)
            return undefined;
        const candidate = external_node_path_.posix.join(parent, external_node_path_.posix.basename(path));
        try {
            const stats = await (0,promises_.lstat)((0,external_node_path_.join)(this.dir, candidate));
            if (!stats.isSymbolicLink())
                return candidate;
            if (links >= MAX_LINKS)
                return undefined;
            const target = await (0,promises_.readlink)((0,external_node_path_.join)(this.dir, candidate));
            const next = external_node_path_.posix.normalize(target.startsWith('/') ? target : external_node_path_.posix.join(parent, target));
            return await this.resolveInRoot(next, links + 1);
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw this.ioError(path, error);
        }
    }
    ioError(path, error) {
        return new errors/* OsimgError */.ec(`cannot read ${path} in the image's root filesystem ${this.dir}: ${error.message}`, {
            code: 'CONFIGURATION',
            cause: error,
        });
    }
    /** The contents of an in-root file, or undefined when it does not exist (or is not a file). */
    async read(path) {
        const host = await this.resolve(path);
        if (host === undefined)
            return undefined;
        try {
            return await (0,promises_.readFile)(host);
        }
        catch (error) {
            if (isMissing(error) || error.code === 'EISDIR')
                return undefined;
            throw this.ioError(path, error);
        }
    }
    async readText(path) {
        return (await this.read(path))?.toString('utf8');
    }
    /** Whether an in-root path exists (after links). */
    async exists(path) {
        return (await this.resolve(path)) !== undefined;
    }
    /** The sorted names in an in-root directory; undefined when it does not exist. */
    async list(path) {
        const host = await this.resolve(path);
        if (host === undefined)
            return undefined;
        try {
            return (await (0,promises_.readdir)(host)).sort();
        }
        catch (error) {
            if (isMissing(error))
                return undefined;
            throw this.ioError(path, error);
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./src/sbom/rpm-header.ts
/**
 * The rpm header blob, as rpm stores one per package in its database (no lead, no header magic):
 *
 *   uint32 BE index count (il) | uint32 BE data length (dl) | il × 16-byte index entries | dl bytes of data
 *
 * An index entry is four uint32 BE: tag, type, offset (into the data), count. Strings are NUL-terminated;
 * STRING_ARRAY and I18NSTRING hold `count` consecutive strings (I18NSTRING: one per locale, the first is
 * the default). Only the tags an SBOM needs are read; every offset is bounds-checked, so a corrupt blob is
 * an error, never a crash or an endless loop.
 */

const RPM_TYPE = {
    NULL: 0,
    CHAR: 1,
    INT8: 2,
    INT16: 3,
    INT32: 4,
    INT64: 5,
    STRING: 6,
    BIN: 7,
    STRING_ARRAY: 8,
    I18NSTRING: 9,
};
const RPM_TAG = {
    NAME: 1000,
    VERSION: 1001,
    RELEASE: 1002,
    EPOCH: 1003,
    SUMMARY: 1004,
    VENDOR: 1011,
    LICENSE: 1014,
    URL: 1020,
    ARCH: 1022,
    SOURCERPM: 1044,
};
/** rpm's own limits (hdrchkTags, hdrchkData): at most 0xffff index entries and 256 MiB of data. */
const MAX_ENTRIES = 0xffff;
const MAX_DATA = 256 * 1024 * 1024;
const decoder = new TextDecoder('utf-8');
/** Parses one header blob. `where` names it in errors (e.g. "rpmdb.sqlite package 12"). */
function parseRpmHeader(blob, where = 'rpm header') {
    const corrupt = (why) => new errors/* ConfigurationError */.j1(`${where} is corrupt: ${why}`);
    if (blob.length < 8)
        throw corrupt(`${blob.length} bytes, shorter than the 8-byte header`);
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    const il = view.getUint32(0);
    const dl = view.getUint32(4);
    if (il < 1 || il > MAX_ENTRIES)
        throw corrupt(`${il} index entries`);
    if (dl > MAX_DATA)
        throw corrupt(`${dl} bytes of data`);
    const dataStart = 8 + il * 16;
    if (dataStart + dl > blob.length) {
        throw corrupt(`needs ${dataStart + dl} bytes (${il} entries, ${dl} bytes of data), has ${blob.length}`);
    }
    const wanted = new Set(Object.values(RPM_TAG));
    const entries = new Map();
    for (let i = 0; i < il; i++) {
        const at = 8 + i * 16;
        const tag = view.getUint32(at);
        if (!wanted.has(tag) || entries.has(tag))
            continue;
        entries.set(tag, {
            type: view.getUint32(at + 4),
            offset: view.getInt32(at + 8),
            count: view.getUint32(at + 12),
        });
    }
    const tagName = (tag) => Object.entries(RPM_TAG).find(([, value]) => value === tag)?.[0] ?? String(tag);
    const string = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== RPM_TYPE.STRING &&
            entry.type !== RPM_TYPE.I18NSTRING &&
            entry.type !== RPM_TYPE.STRING_ARRAY) {
            throw corrupt(`tag ${tagName(tag)} has type ${entry.type}, not a string`);
        }
        if (entry.count < 1)
            throw corrupt(`tag ${tagName(tag)} has no value`);
        if (entry.offset < 0 || entry.offset >= dl)
            throw corrupt(`tag ${tagName(tag)} points outside the data`);
        const start = dataStart + entry.offset;
        const end = blob.indexOf(0, start);
        if (end < 0 || end >= dataStart + dl)
            throw corrupt(`tag ${tagName(tag)} is not NUL-terminated`);
        return decoder.decode(blob.subarray(start, end));
    };
    const int32 = (tag) => {
        const entry = entries.get(tag);
        if (!entry)
            return undefined;
        if (entry.type !== RPM_TYPE.INT32)
            throw corrupt(`tag ${tagName(tag)} has type ${entry.type}, not INT32`);
        if (entry.count < 1 || entry.offset < 0 || entry.offset + 4 > dl) {
            throw corrupt(`tag ${tagName(tag)} points outside the data`);
        }
        return view.getUint32(dataStart + entry.offset);
    };
    const name = string(RPM_TAG.NAME);
    const version = string(RPM_TAG.VERSION);
    const release = string(RPM_TAG.RELEASE);
    if (!name)
        throw corrupt('no NAME');
    if (version === undefined || release === undefined)
        throw corrupt(`package ${name} has no VERSION or RELEASE`);
    const header = { name, version, release };
    const optional = [
        ['epoch', int32(RPM_TAG.EPOCH)],
        ['arch', string(RPM_TAG.ARCH)],
        ['summary', string(RPM_TAG.SUMMARY)],
        ['vendor', string(RPM_TAG.VENDOR)],
        ['license', string(RPM_TAG.LICENSE)],
        ['url', string(RPM_TAG.URL)],
        ['sourceRpm', string(RPM_TAG.SOURCERPM)],
    ];
    for (const [key, value] of optional) {
        if (value !== undefined && value !== '')
            header[key] = value;
    }
    return header;
}

;// CONCATENATED MODULE: ./src/sbom/rpm.ts
/**
 * RPM packages from the rpm database. Only the SQLite backend is read (rpmdb.sqlite: Fedora ≥ 33, CentOS
 * Stream / RHEL ≥ 9 and the bootc images built on them; /usr/lib/sysimage/rpm since Fedora 36), with sql.js
 * (SQLite compiled to WebAssembly: no native module; loaded as a file beside the ncc bundle). Its Packages table holds one rpm
 * header blob per package (rpm-header.ts). The older Berkeley DB and ndb backends are reported as
 * unsupported rather than silently giving an empty SBOM.
 */









const RPMDB_SQLITE_PATHS = ['/usr/lib/sysimage/rpm/rpmdb.sqlite', '/var/lib/rpm/rpmdb.sqlite'];
const BDB_PATHS = ['/var/lib/rpm/Packages', '/usr/lib/sysimage/rpm/Packages'];
const NDB_PATHS = ['/var/lib/rpm/Packages.db', '/usr/lib/sysimage/rpm/Packages.db'];
let sqlJs;
/**
 * sql.js's build with the WebAssembly inlined (one text file, no .wasm to locate). It is loaded from disk,
 * not bundled: webpack (ncc) folds the `typeof module` test of its start-up code and breaks it. The form
 * `new URL('literal', import.meta.url)` is one ncc recognises: it copies the file next to the bundle and
 * rewrites the expression (to a URL or a path). Outside a bundle that is this repository's node_modules;
 * module resolution is the fallback for other layouts.
 */
function sqlJsPath() {
    const ref = new URL(/* asset import */ __webpack_require__(29654), __webpack_require__.b);
    const path = ref instanceof URL ? (0,external_node_url_.fileURLToPath)(ref) : ref;
    return (0,external_node_fs_.existsSync)(path) ? path : (0,external_node_module_.createRequire)(import.meta.url).resolve('sql.js/dist/sql-wasm-inline.js');
}
/**
 * Loads sql.js once: its CommonJS code evaluated in a module wrapper as Node would (so it works the same
 * from an ESM bundle whose folder says "type": "module"). Nothing is fetched.
 */
function loadSqlJs() {
    sqlJs ??= (async () => {
        const path = sqlJsPath();
        const source = await (0,promises_.readFile)(path, 'utf8');
        const wrapper = (0,external_node_vm_.runInThisContext)(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
            filename: path,
        });
        const module = { exports: {} };
        wrapper(module.exports, (0,external_node_module_.createRequire)(path), module, path, (0,external_node_path_.dirname)(path));
        const initSqlJs = module.exports;
        return initSqlJs();
    })().catch((error) => {
        sqlJs = undefined;
        throw error;
    });
    return sqlJs;
}
const SQLITE_MAGIC = 'SQLite format 3\0';
/** The package headers of an rpmdb.sqlite file's contents, in installation order. */
async function readRpmSqlite(bytes, path) {
    if (bytes.length < 100 || new TextDecoder().decode(bytes.subarray(0, 16)) !== SQLITE_MAGIC) {
        throw new errors/* ConfigurationError */.j1(`${path} is not an SQLite database (the rpm database seems damaged)`);
    }
    // rpm opens its database in WAL mode; an in-memory copy can only be read in rollback-journal mode.
    let copy = bytes;
    if (bytes[18] === 2 || bytes[19] === 2) {
        copy = new Uint8Array(bytes);
        copy[18] = 1;
        copy[19] = 1;
    }
    const SQL = await loadSqlJs();
    let db;
    try {
        db = new SQL.Database(copy);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${path} cannot be opened: ${error.message}`, { cause: error });
    }
    const headers = [];
    try {
        let statement;
        try {
            statement = db.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum');
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`${path} is not an rpm database: ${error.message}`, {
                cause: error,
            });
        }
        try {
            while (statement.step()) {
                const [hnum, blob] = statement.get();
                if (!(blob instanceof Uint8Array)) {
                    throw new errors/* ConfigurationError */.j1(`${path} package ${String(hnum)} is corrupt: its header is not a blob`);
                }
                headers.push(parseRpmHeader(blob, `${path} package ${String(hnum)}`));
            }
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            throw new errors/* ConfigurationError */.j1(`${path} cannot be read: ${error.message}`, { cause: error });
        }
        finally {
            statement.free();
        }
    }
    finally {
        db.close();
    }
    return headers;
}
/** "bash-5.2.26-3.fc41.src.rpm" → bash, 5.2.26-3.fc41. */
function parseSourceRpm(file) {
    const base = file.replace(/\.(no)?src\.rpm$/, '');
    const match = /^(.+)-([^-]+-[^-]+)$/.exec(base);
    if (!match)
        return base ? { name: base } : undefined;
    return { name: match[1], version: match[2] };
}
function rpmRecord(header, foundIn) {
    const evr = `${header.version}-${header.release}`;
    const record = {
        type: 'rpm',
        name: header.name,
        version: header.epoch === undefined ? evr : `${header.epoch}:${evr}`,
        foundIn,
    };
    if (header.epoch !== undefined)
        record.epoch = header.epoch;
    if (header.arch)
        record.arch = header.arch;
    const declared = header.license === undefined ? undefined : license(header.license);
    if (declared)
        record.license = declared;
    const source = header.sourceRpm === undefined ? undefined : parseSourceRpm(header.sourceRpm);
    if (source)
        record.source = source;
    if (header.vendor)
        record.supplier = { kind: 'Organization', name: header.vendor };
    if (header.url)
        record.homepage = header.url;
    if (header.summary)
        record.summary = header.summary;
    return record;
}
async function firstExisting(root, paths) {
    for (const path of paths)
        if (await root.exists(path))
            return path;
    return undefined;
}
/**
 * The rpm database of an image: undefined when it has none. gpg-pubkey entries (imported signing keys,
 * not software) are left out. A Berkeley DB or ndb database is a ConfigurationError.
 */
async function readRpm(root, warn) {
    const path = await firstExisting(root, RPMDB_SQLITE_PATHS);
    if (path === undefined) {
        const bdb = await firstExisting(root, BDB_PATHS);
        if (bdb) {
            throw new errors/* ConfigurationError */.j1(`the image has an rpm Berkeley DB database (${bdb}), which osimg cannot read: only the SQLite rpmdb of ` +
                'Fedora ≥ 33 and CentOS Stream / RHEL / Alma / Rocky ≥ 9 is supported (BDB is used by RHEL/CentOS ≤ 8, ' +
                'Fedora ≤ 32 and Amazon Linux 2). Rebuild the database as SQLite in the image ' +
                "(rpmdb --rebuilddb --define '_db_backend sqlite') or use a newer base.");
        }
        const ndb = await firstExisting(root, NDB_PATHS);
        if (ndb) {
            throw new errors/* ConfigurationError */.j1(`the image has an rpm ndb database (${ndb}, openSUSE / SUSE Linux Enterprise 15), which osimg cannot read: ` +
                "only the SQLite rpmdb is supported. Rebuild it in the image (rpmdb --rebuilddb --define '_db_backend sqlite').");
        }
        return undefined;
    }
    const bytes = await root.read(path);
    if (bytes === undefined)
        return undefined;
    const wal = await root.read(`${path}-wal`);
    if (wal && wal.length > 0) {
        warn(`${path}-wal is not empty: packages installed after the rpm database's last checkpoint may be missing`);
    }
    return (await readRpmSqlite(bytes, path))
        .filter((header) => header.name !== 'gpg-pubkey')
        .map((header) => rpmRecord(header, path));
}

;// CONCATENATED MODULE: ./src/sbom/packages.ts
/**
 * Every package database an image's root filesystem has (dpkg, rpm, apk: several may coexist), merged into
 * one sorted list with purls placed in the image's distribution (os-release).
 */








/** The purl namespace when os-release does not say (or says "linux"): the package type's home distribution. */
const DEFAULT_VENDOR = { deb: 'debian', rpm: 'redhat', apk: 'alpine' };
/** os-release IDs whose purl vendor is named otherwise (Red Hat's own SBOMs use pkg:rpm/redhat/…). */
const VENDOR_ALIASES = {
    rhel: 'redhat',
    'opensuse-leap': 'opensuse',
    'opensuse-tumbleweed': 'opensuse',
    sles: 'suse',
};
/** The purl namespace of the image's packages. */
function purlVendor(os, type) {
    if (!os || os.id === 'linux')
        return DEFAULT_VENDOR[type];
    return VENDOR_ALIASES[os.id] ?? os.id;
}
function compare(a, b) {
    const key = (p) => [p.type, p.name, p.version, p.arch ?? '', p.purl];
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
        if (ka[i] < kb[i])
            return -1;
        if (ka[i] > kb[i])
            return 1;
    }
    return 0;
}
async function collectPackages(rootfsDir) {
    const isDirectory = await (0,promises_.stat)(rootfsDir).then((stats) => stats.isDirectory(), () => false);
    if (!isDirectory)
        throw new errors/* ConfigurationError */.j1(`${rootfsDir} is not a directory: give the image's unpacked root filesystem`);
    const root = new Rootfs(rootfsDir);
    const warnings = [];
    const os = await readOsRelease(root);
    if (!os)
        warnings.push('the image has no /etc/os-release or /usr/lib/os-release: purls have no distro qualifier');
    const [dpkg, rpm, apk] = await Promise.all([
        readDpkg(root),
        readRpm(root, (message) => warnings.push(message)),
        readApk(root),
    ]);
    const found = [dpkg, rpm, apk];
    const records = found.flatMap((list) => list ?? []);
    const databases = [...new Set(records.map((record) => record.foundIn))].sort();
    const distro = distroQualifier(os);
    const seen = new Set();
    const packages = [];
    for (const record of records) {
        const purl = (0,model/* packagePurl */.YM)(record, purlVendor(os, record.type), distro);
        if (seen.has(purl))
            continue; // the same package listed twice (e.g. status and status.d)
        seen.add(purl);
        packages.push({ ...record, purl });
    }
    packages.sort(compare);
    if (found.every((list) => list === undefined)) {
        warnings.push('no package database found (looked for /var/lib/dpkg/status, /var/lib/dpkg/status.d, ' +
            '/usr/lib/sysimage/rpm/rpmdb.sqlite, /var/lib/rpm/rpmdb.sqlite, /lib/apk/db/installed): the SBOM lists no packages');
    }
    return os ? { packages, os, databases, warnings } : { packages, databases, warnings };
}


/***/ }),

/***/ 45819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ SPDX_LICENSE_IDS),
/* harmony export */   m: () => (/* binding */ SPDX_LICENSE_LIST_VERSION)
/* harmony export */ });
/**
 * The SPDX License List identifiers (licenses and exceptions, deprecated ones included), version 3.29.0.
 * Generated by test/fixtures/sbom/make-license-ids.mjs from the copy that @cyclonedx/cyclonedx-library ships;
 * a unit test keeps the two equal.
 */
const SPDX_LICENSE_LIST_VERSION = '3.29.0';
const SPDX_LICENSE_IDS = `
0BSD 389-exception 3D-Slicer-1.0 AAL ADSL AFL-1.1 AFL-1.2 AFL-2.0 AFL-2.1 AFL-3.0 AGPL-1.0
AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0 AGPL-3.0-only AGPL-3.0-or-later ALGLIB-Documentation
AMD-newlib AMDPLPA AML AML-glslang AMPAS ANTLR-PD ANTLR-PD-fallback APAFML APL-1.0 APSL-1.0 APSL-1.1
APSL-1.2 APSL-2.0 ASWF-Digital-Assets-1.0 ASWF-Digital-Assets-1.1 Abstyles AdaCore-doc Adobe-2006
Adobe-Display-PostScript Adobe-Glyph Adobe-Utopia Advanced-Cryptics-Dictionary Afmparse Aladdin
Apache-1.0 Apache-1.1 Apache-2.0 App-s2p Arphic-1999 Artistic-1.0 Artistic-1.0-Perl Artistic-1.0-cl8
Artistic-2.0 Artistic-dist Aspell-RU Asterisk-exception Asterisk-linking-protocols-exception
Autoconf-exception-2.0 Autoconf-exception-3.0 Autoconf-exception-generic
Autoconf-exception-generic-3.0 Autoconf-exception-macro BOLA-1.1 BSD-1-Clause BSD-2-Clause
BSD-2-Clause-Darwin BSD-2-Clause-FreeBSD BSD-2-Clause-NetBSD BSD-2-Clause-Patent BSD-2-Clause-Views
BSD-2-Clause-first-lines BSD-2-Clause-pkgconf-disclaimer BSD-2-Clause-pos-unchanged BSD-3-Clause
BSD-3-Clause-Attribution BSD-3-Clause-Clear BSD-3-Clause-HP BSD-3-Clause-LBNL
BSD-3-Clause-Modification BSD-3-Clause-No-Military-License BSD-3-Clause-No-Nuclear-License
BSD-3-Clause-No-Nuclear-License-2014 BSD-3-Clause-No-Nuclear-Warranty BSD-3-Clause-Open-MPI
BSD-3-Clause-OpenWebUI BSD-3-Clause-Sun BSD-3-Clause-Tso BSD-3-Clause-acpica BSD-3-Clause-flex
BSD-4-Clause BSD-4-Clause-Shortened BSD-4-Clause-UC BSD-4.3RENO BSD-4.3TAHOE
BSD-Advertising-Acknowledgement BSD-Attribution-HPND-disclaimer BSD-Inferno-Nettverk
BSD-Mark-Modifications BSD-Protection BSD-Source-Code BSD-Source-Code-no-disclaimer
BSD-Source-alt-GPL BSD-Source-beginning-file BSD-Systemics BSD-Systemics-W3Works BSD-ask-to-endorse
BSL-1.0 BUSL-1.1 Baekmuk Bahyph Barr Beerware Bison-exception-1.24 Bison-exception-2.2
BitTorrent-1.0 BitTorrent-1.1 Bitstream-Charter Bitstream-Vera BlueOak-1.0.0 Boehm-GC
Boehm-GC-without-fee Bootloader-exception Borceux Brian-Gladman-2-Clause Brian-Gladman-3-Clause
Brian-Gladman-3-Clause-no-conversion Buddy Bugroff C-UDA-1.0 CAL-1.0 CAL-1.0-Combined-Work-Exception
CAPEC-tou CATOSL-1.1 CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-2.5-AU CC-BY-3.0 CC-BY-3.0-AT CC-BY-3.0-AU
CC-BY-3.0-DE CC-BY-3.0-IGO CC-BY-3.0-NL CC-BY-3.0-US CC-BY-4.0 CC-BY-NC-1.0 CC-BY-NC-2.0
CC-BY-NC-2.5 CC-BY-NC-3.0 CC-BY-NC-3.0-DE CC-BY-NC-3.0-IGO CC-BY-NC-4.0 CC-BY-NC-ND-1.0
CC-BY-NC-ND-2.0 CC-BY-NC-ND-2.5 CC-BY-NC-ND-3.0 CC-BY-NC-ND-3.0-DE CC-BY-NC-ND-3.0-IGO
CC-BY-NC-ND-4.0 CC-BY-NC-SA-1.0 CC-BY-NC-SA-2.0 CC-BY-NC-SA-2.0-DE CC-BY-NC-SA-2.0-FR
CC-BY-NC-SA-2.0-UK CC-BY-NC-SA-2.5 CC-BY-NC-SA-3.0 CC-BY-NC-SA-3.0-DE CC-BY-NC-SA-3.0-IGO
CC-BY-NC-SA-4.0 CC-BY-ND-1.0 CC-BY-ND-2.0 CC-BY-ND-2.5 CC-BY-ND-3.0 CC-BY-ND-3.0-DE CC-BY-ND-4.0
CC-BY-SA-1.0 CC-BY-SA-2.0 CC-BY-SA-2.0-UK CC-BY-SA-2.1-JP CC-BY-SA-2.5 CC-BY-SA-3.0 CC-BY-SA-3.0-AT
CC-BY-SA-3.0-DE CC-BY-SA-3.0-IGO CC-BY-SA-4.0 CC-PDDC CC-PDM-1.0 CC-SA-1.0 CC0-1.0 CDDL-1.0 CDDL-1.1
CDL-1.0 CDLA-Permissive-1.0 CDLA-Permissive-2.0 CDLA-Sharing-1.0 CECILL-1.0 CECILL-1.1 CECILL-2.0
CECILL-2.1 CECILL-B CECILL-C CERN-OHL-1.1 CERN-OHL-1.2 CERN-OHL-P-2.0 CERN-OHL-S-2.0 CERN-OHL-W-2.0
CFITSIO CGAL-linking-exception CLISP-exception-2.0 CMU-Mach CMU-Mach-nodoc CNRI-Jython CNRI-Python
CNRI-Python-GPL-Compatible COIL-1.0 CPAL-1.0 CPL-1.0 CPOL-1.02 CUA-OPL-1.0 Caldera
Caldera-no-preamble Catharon ClArtistic Classpath-exception-2.0 Classpath-exception-2.0-short Clips
Community-Spec-1.0 Condor-1.1 Cornell-Lossless-JPEG Cronyx Crossword CryptoSwift CrystalStacker Cube
D-FSL-1.0 DEC-3-Clause DL-DE-BY-2.0 DL-DE-ZERO-2.0 DOC DRL-1.0 DRL-1.1 DSDP DigiRule-FOSS-exception
Digia-Qt-LGPL-exception-1.1 DocBook-DTD DocBook-Schema DocBook-Stylesheet DocBook-XML Dotseqn
ECL-1.0 ECL-2.0 EFL-1.0 EFL-2.0 EPICS EPL-1.0 EPL-2.0 ESA-PL-permissive-2.4
ESA-PL-strong-copyleft-2.4 ESA-PL-weak-copyleft-2.4 EUDatagrid EUPL-1.0 EUPL-1.1 EUPL-1.2
Elastic-2.0 Entessa ErlPL-1.1 Eurosym FBM FDK-AAC FDK-MPEG-H FLTK-exception FSFAP
FSFAP-no-warranty-disclaimer FSFUL FSFULLR FSFULLRSD FSFULLRWD FSL-1.1-ALv2 FSL-1.1-MIT FTL Fair
Fawkes-Runtime-exception Ferguson-Twofish Font-exception-2.0 Frameworx-1.0 FreeBSD-DOC FreeImage
Furuseth GCC-exception-2.0 GCC-exception-2.0-note GCC-exception-3.1 GCR-docs GD GFDL-1.1
GFDL-1.1-invariants-only GFDL-1.1-invariants-or-later GFDL-1.1-no-invariants-only
GFDL-1.1-no-invariants-or-later GFDL-1.1-only GFDL-1.1-or-later GFDL-1.2 GFDL-1.2-invariants-only
GFDL-1.2-invariants-or-later GFDL-1.2-no-invariants-only GFDL-1.2-no-invariants-or-later
GFDL-1.2-only GFDL-1.2-or-later GFDL-1.3 GFDL-1.3-invariants-only GFDL-1.3-invariants-or-later
GFDL-1.3-no-invariants-only GFDL-1.3-no-invariants-or-later GFDL-1.3-only GFDL-1.3-or-later GL2PS
GLWTPL GNAT-exception GNOME-examples-exception GNU-compiler-exception GPL-1.0 GPL-1.0+ GPL-1.0-only
GPL-1.0-or-later GPL-2.0 GPL-2.0+ GPL-2.0-only GPL-2.0-or-later GPL-2.0-with-GCC-exception
GPL-2.0-with-autoconf-exception GPL-2.0-with-bison-exception GPL-2.0-with-classpath-exception
GPL-2.0-with-font-exception GPL-3.0 GPL-3.0+ GPL-3.0-389-ds-base-exception
GPL-3.0-interface-exception GPL-3.0-linking-exception GPL-3.0-linking-source-exception GPL-3.0-only
GPL-3.0-or-later GPL-3.0-with-GCC-exception GPL-3.0-with-autoconf-exception GPL-CC-1.0
GStreamer-exception-2005 GStreamer-exception-2008 Game-Programming-Gems Giftware Glide Glulxe
Gmsh-exception Google-Patent-WebM Graphics-Gems Gutmann HDF5 HIDAPI HP-1986 HP-1989 HPND HPND-DEC
HPND-Fenneberg-Livingston HPND-INRIA-IMAG HPND-Intel HPND-Kevlin-Henney HPND-MIT-disclaimer
HPND-Markus-Kuhn HPND-Netrek HPND-Pbmplus HPND-SMC HPND-UC HPND-UC-export-US HPND-doc HPND-doc-sell
HPND-export-US HPND-export-US-acknowledgement HPND-export-US-modify HPND-export2-US
HPND-merchantability-variant HPND-sell-MIT-disclaimer-xserver HPND-sell-regexpr HPND-sell-variant
HPND-sell-variant-MIT-disclaimer HPND-sell-variant-MIT-disclaimer-rev
HPND-sell-variant-critical-systems HTMLTIDY HaskellReport Hippocratic-2.1 Hippocratic-3.0-core
IBM-pibs ICU IEC-Code-Components-EULA IJG IJG-short IPA IPL-1.0 ISC ISC-Veillard ISO-permission
ImageMagick Imlib2 Independent-modules-exception Info-ZIP Informatica Inner-Net-2.0 InnoSetup Intel
Intel-ACPI Interbase-1.0 JPL-image JPNIC JSON Jam JasPer-2.0 Kastrup Kazlib
KiCad-libraries-exception Knuth-CTAN LAL-1.2 LAL-1.3 LGPL-2.0 LGPL-2.0+ LGPL-2.0-only
LGPL-2.0-or-later LGPL-2.1 LGPL-2.1+ LGPL-2.1-only LGPL-2.1-or-later LGPL-3.0 LGPL-3.0+
LGPL-3.0-linking-exception LGPL-3.0-only LGPL-3.0-or-later LGPLLR LLGPL LLVM-exception LOOP
LPD-document LPL-1.0 LPL-1.02 LPPL-1.0 LPPL-1.1 LPPL-1.2 LPPL-1.3a LPPL-1.3c LZMA-SDK-9.11-to-9.20
LZMA-SDK-9.22 LZMA-exception Latex2e Latex2e-translated-notice Leptonica LiLiQ-P-1.1 LiLiQ-R-1.1
LiLiQ-Rplus-1.1 Libpng Libtool-exception Linux-OpenIB Linux-man-pages-1-para
Linux-man-pages-copyleft Linux-man-pages-copyleft-2-para Linux-man-pages-copyleft-var
Linux-syscall-note Lucida-Bitmap-Fonts MIPS MIT MIT-0 MIT-CMU MIT-Click MIT-Festival MIT-Khronos-old
MIT-Modern-Variant MIT-STK MIT-Wu MIT-advertising MIT-enna MIT-feh MIT-open-group MIT-testregex
MITNFA MMIXware MMPL-1.0.1 MPEG-SSG MPL-1.0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception MS-LPL
MS-PL MS-RL MTLL MVT-1.1 Mackerras-3-Clause Mackerras-3-Clause-acknowledgment MakeIndex
Martin-Birgmeier McPhee-slideshow Minpack MirOS Motosoto MulanPSL-1.0 MulanPSL-2.0 Multics Mup
NAIST-2003 NASA-1.3 NBPL-1.0 NCBI-PD NCGL-UK-2.0 NCL NCSA NGPL NICTA-1.0 NIST-PD NIST-PD-TNT
NIST-PD-fallback NIST-Software NLOD-1.0 NLOD-2.0 NLPL NOSL NPL-1.0 NPL-1.1 NPOSL-3.0 NRL NTIA-PD NTP
NTP-0 Naumen Net-SNMP NetCDF Newsletr Nokia Nokia-Qt-exception-1.1 Noweb Nunit O-UDA-1.0 OAR OCCT-PL
OCCT-exception-1.0 OCLC-2.0 OCaml-LGPL-linking-exception ODC-By-1.0 ODbL-1.0 OFFIS OFL-1.0
OFL-1.0-RFN OFL-1.0-no-RFN OFL-1.1 OFL-1.1-RFN OFL-1.1-no-RFN OGC-1.0 OGDL-Taiwan-1.0 OGL-Canada-2.0
OGL-UK-1.0 OGL-UK-2.0 OGL-UK-3.0 OGTSL OLDAP-1.1 OLDAP-1.2 OLDAP-1.3 OLDAP-1.4 OLDAP-2.0 OLDAP-2.0.1
OLDAP-2.1 OLDAP-2.2 OLDAP-2.2.1 OLDAP-2.2.2 OLDAP-2.3 OLDAP-2.4 OLDAP-2.5 OLDAP-2.6 OLDAP-2.7
OLDAP-2.8 OLFL-1.3 OML OPL-1.0 OPL-UK-3.0 OPUBL-1.0 OSC-1.0 OSET-PL-2.1 OSL-1.0 OSL-1.1 OSL-2.0
OSL-2.1 OSL-3.0 OSSP OpenJDK-assembly-exception-1.0 OpenMDW-1.0 OpenPBS-2.3 OpenSSL
OpenSSL-standalone OpenVision PADL PCRE2-exception PDDL-1.0 PHP-3.0 PHP-3.01 PPL
PS-or-PDF-font-exception-20170817 PSF-2.0 ParaType-Free-Font-1.3 Parity-6.0.0 Parity-7.0.0 Pixar
Plexus PolyForm-Noncommercial-1.0.0 PolyForm-Small-Business-1.0.0 PostgreSQL Python-2.0 Python-2.0.1
QPL-1.0 QPL-1.0-INRIA-2004 QPL-1.0-INRIA-2004-exception Qhull Qt-GPL-exception-1.0
Qt-LGPL-exception-1.1 Qwt-exception-1.0 RHeCos-1.1 RPL-1.1 RPL-1.5 RPSL-1.0
RRDtool-FLOSS-exception-2.0 RSA-MD RSCPL Rdisc Ruby Ruby-pty SANE-exception SAX-PD SAX-PD-2.0 SCEA
SGI-B-1.0 SGI-B-1.1 SGI-B-2.0 SGI-OpenGL SGMLUG-PM SGP4 SHL-0.5 SHL-0.51 SHL-2.0 SHL-2.1 SISSL
SISSL-1.2 SL SMAIL-GPL SMLNJ SMPPL SNIA SOFA SPL-1.0 SSH-OpenSSH SSH-short SSLeay-standalone
SSPL-1.0 SUL-1.0 SWI-exception SWL Saxpath SchemeReport Sendmail Sendmail-8.23
Sendmail-Open-Source-1.1 SimPL-2.0 Simple-Library-Usage-exception Sleepycat Soundex
Spelling-Provider-LGPL-exception Spencer-86 Spencer-94 Spencer-99 StandardML-NJ SugarCRM-1.1.3
Sun-PPP Sun-PPP-2000 SunPro Swift-exception Symlinks TAPR-OHL-1.0 TCL TCP-wrappers TGPPL-1.0 TMate
TORQUE-1.1 TOSL TPDL TPL-1.0 TTWL TTYP0 TU-Berlin-1.0 TU-Berlin-2.0 TekHVC TermReadKey
Texinfo-exception ThirdEye TrustedQSL UBDL-exception UCAR UCL-1.0 UMich-Merit UPL-1.0 URT-RLE
Ubuntu-font-1.0 UnRAR Unicode-3.0 Unicode-DFS-2015 Unicode-DFS-2016 Unicode-TOU
Universal-FOSS-exception-1.0 UnixCrypt Unlicense Unlicense-libtelnet Unlicense-libwhirlpool VOSTROM
VSL-1.0 Vim Vixie-Cron W3C W3C-19980720 W3C-20150513 WTFNMFPL WTFPL Watcom-1.0 Widget-Workshop
WordNet Wsuipa WxWindows-exception-3.1 X11 X11-distribute-modifications-variant
X11-no-permit-persons X11-swapped XFree86-1.1 XSkat Xdebug-1.03 Xerox Xfig Xnet YPL-1.0 YPL-1.1
ZPL-1.1 ZPL-2.0 ZPL-2.1 Zed Zeeff Zend-2.0 Zimbra-1.3 Zimbra-1.4 Zlib any-OSI any-OSI-perl-modules
atc-game bcrypt-Solar-Designer blessing bzip2-1.0.5 bzip2-1.0.6 check-cvs checkmk
copyleft-next-0.3.0 copyleft-next-0.3.1 cryptsetup-OpenSSL-exception curl cve-tou diffmark dtoa
dvipdfm eCos-2.0 eCos-exception-2.0 eGenix erlang-otp-linking-exception etalab-2.0 fmt-exception
freertos-exception-2.0 fwlw gSOAP-1.3b generic-xts gnu-javamail-exception gnuplot gtkbook
harbour-exception hdparm hyphen-bulgarian i2p-gpl-java-exception iMatix jove kvirc-openssl-exception
libpng-1.6.35 libpng-2.0 libpri-OpenH323-exception libselinux-1.0 libtiff libutil-David-Nugent lsof
magaz mailprio man2html metamail mif-exception mpi-permissive mpich2 mplus mxml-exception ngrep
openvpn-openssl-exception pkgconf pnmstitch polyparse-exception psfrag psutils python-ldap radvd
romic-exception rsync-linking-exception snprintf softSurfer sqlitestudio-OpenSSL-exception
ssh-keyscan stunnel-exception swrule threeparttable u-boot-exception-2.0 ulem
vsftpd-openssl-exception w3m wwl wxWindows x11vnc-openssl-exception xinetd xkeyboard-config-Zinoviev
xlock xpp xzoom zlib-acknowledgement
`
    .trim()
    .split(/\s+/);


/***/ })

};
