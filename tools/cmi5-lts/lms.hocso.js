/*
 * HocSo adapter for ADL's cmi5 LMS Test Suite (adlnet/CATAPULT, lts/).
 *
 * The suite loads this file through CATAPULT_LMS (see README.md next to it) and calls the functions exported below
 * (the contract is described in the suite's lib/lms.template.js). This file is HocSo's own code; the suite itself is
 * a separate checkout and is never committed to this repository.
 *
 * Environment
 *   HOCSO_URL            application origin                           default http://127.0.0.1:8080
 *   HOCSO_USER           a TRAINER or ADMIN account (HTTP Basic)      required for imports
 *   HOCSO_PASSWORD       its password
 *   HOCSO_ORG_UNIT       optional: org unit id for uploads (multipart field orgUnit)
 *   HOCSO_LRS_KEY        LRS credential with scope "all" (reads every statement)
 *   HOCSO_LRS_SECRET     its secret
 *   HOCSO_RETURN_URL     optional returnUrl sent with launches           default {HOCSO_URL}/
 *   HOCSO_KEEP_PACKAGES  "true": cleanup() does not delete imported packages
 *   CATAPULT_LTS_DIR     the suite's lts/ directory                      default: the working directory
 *
 * Existing HocSo API used here
 *   POST   {HOCSO_URL}/api/v1/packages          multipart field "file" (+ "orgUnit") -> 201 {"id": <package id>, ...}
 *                                               refused uploads: 4xx application/problem+json {"detail": ...}
 *   DELETE {HOCSO_URL}/api/v1/packages/{id}     -> 204 (409 once attempts exist)
 *   GET    {HOCSO_URL}/xapi/statements          the built-in LRS (the suite reads statements back itself)
 *
 * PLANNED cmi5 API (not implemented by the server yet: these calls answer 404 until it is)
 *   POST {HOCSO_URL}/api/v1/cmi5/launches
 *        request  {"packageId": <id>, "auIndex": <0-based AU index in cmi5.xml document order>,
 *                  "actor": <xAPI Agent JSON>, "registration": "<uuid>" | null,
 *                  "launchMode": "Normal" | "Browse" | "Review", "returnUrl": "<url>"}
 *        response {"url": "<AU launch url with endpoint, fetch, actor, registration, activityId>",
 *                  "registration": "<uuid>", "sessionId": "<launch id>" (recommended, see abandon)}
 *        registration null -> the server creates a new registration; a given one is reused (multi-session tests).
 *   POST {HOCSO_URL}/api/v1/cmi5/registrations/{registration}/aus/{auIndex}/waive
 *        request  {"reason": "<reason>"}                                  -> 2xx
 *   POST {HOCSO_URL}/api/v1/cmi5/registrations/{registration}/abandon
 *        request  {"sessionId": "<launch id>"}                             -> 2xx
 *        The suite hands abandonSession() only the session (launch) id, read from the AU page. The adapter
 *        finds the registration from the launch response that returned this sessionId, or else uses the
 *        registration of the most recent launch, and sends the session id in the body.
 *   All three use the same HTTP Basic trainer/admin credential as the upload.
 */
"use strict";

const http = require("http"),
    https = require("https"),
    path = require("path"),
    crypto = require("crypto");

// The suite checks `instanceof InvalidPackageError`, so the class must be the suite's own.
const ltsDir = process.env.CATAPULT_LTS_DIR || process.cwd(),
    {InvalidPackageError} = require(path.join(ltsDir, "lib", "errors.js"));

const baseUrl = (process.env.HOCSO_URL || "http://127.0.0.1:8080").replace(/\/+$/, ""),
    imported = [],
    launches = {
        bySession: new Map(),
        // registration per course for the current test: every test starts a new enrollment, so that a course the
        // suite imported before (same course id: a new version of the same HocSo package) does not carry over the
        // previous test's results
        byCourse: new Map(),
        lastRegistration: null
    };

// HTTP status codes that mean "wrong URL or credentials", never "this package is invalid".
const NOT_A_PACKAGE_VERDICT = new Set([401, 403, 404, 405, 407]);

function basic (user, secret) {
    return "Basic " + Buffer.from(`${user || ""}:${secret || ""}`).toString("base64");
}

function userAuth () {
    if (!process.env.HOCSO_USER) {
        throw new Error("HOCSO_USER / HOCSO_PASSWORD are not set (a TRAINER or ADMIN account is needed)");
    }

    return basic(process.env.HOCSO_USER, process.env.HOCSO_PASSWORD);
}

/** One HTTP request with a Buffer body; resolves {status, headers, text, json}. */
function send (method, url, {headers = {}, body} = {}) {
    const target = new URL(url),
        client = target.protocol === "https:" ? https : http;

    return new Promise((resolve, reject) => {
        const req = client.request(
            target,
            {
                method,
                headers: body ? {...headers, "Content-Length": body.length} : headers
            },
            (res) => {
                const chunks = [];

                res.on("data", (c) => chunks.push(c));
                res.on("error", reject);
                res.on("end", () => {
                    const text = Buffer.concat(chunks).toString("utf8");
                    let json = null;

                    try {
                        json = text ? JSON.parse(text) : null;
                    }
                    catch (ex) {
                        // not JSON: keep the text only
                    }
                    resolve({status: res.statusCode, headers: res.headers, text, json});
                });
            }
        );

        req.on("error", reject);
        if (body) {
            req.write(body);
        }
        req.end();
    });
}

function sendJson (method, apiPath, payload) {
    return send(method, baseUrl + apiPath, {
        headers: {
            Authorization: userAuth(),
            Accept: "application/json",
            "Accept-Language": "en",
            "Content-Type": "application/json"
        },
        body: Buffer.from(JSON.stringify(payload), "utf8")
    });
}

/** "404 Not Found: <detail>" from a problem+json (or plain) answer. */
function describe (res) {
    const p = res.json || {},
        parts = [String(res.status)];

    if (p.title) {
        parts.push(p.title);
    }
    let text = parts.join(" ");

    if (p.detail) {
        text += `: ${p.detail}`;
    }
    else if (!res.json && res.text) {
        text += `: ${res.text.slice(0, 500)}`;
    }

    return text;
}

async function readAll (stream) {
    const chunks = [];

    for await (const chunk of stream) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    }

    return Buffer.concat(chunks);
}

function multipart (fields, file) {
    const boundary = "----hocso-lts-" + crypto.randomBytes(12).toString("hex"),
        parts = [];
    const quote = (s) => String(s).replace(/["\r\n\\]/g, "_");

    for (const [name, value] of Object.entries(fields)) {
        parts.push(Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`, "utf8"));
    }
    parts.push(Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quote(file.filename)}"\r\n`
        + `Content-Type: ${file.contentType}\r\n\r\n`, "utf8"));
    parts.push(file.data);
    parts.push(Buffer.from(`\r\n--${boundary}--\r\n`, "utf8"));

    return {body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}`};
}

module.exports = {
    // Fail fast on a wrong URL or credential instead of letting every case fail for the same reason.
    setup: async () => {
        let res;

        try {
            res = await send("GET", `${baseUrl}/api/v1/packages`, {
                headers: {Authorization: userAuth(), Accept: "application/json"}
            });
        }
        catch (ex) {
            throw new Error(`HocSo is not reachable at ${baseUrl}: ${ex}`);
        }
        if (res.status !== 200) {
            throw new Error(`HocSo refused HOCSO_USER on GET /api/v1/packages: ${describe(res)}`);
        }
    },

    teardown: async () => {},

    getLrsEndpoint: () => `${baseUrl}/xapi/`,

    getLrsAuthHeader: () => basic(process.env.HOCSO_LRS_KEY, process.env.HOCSO_LRS_SECRET),

    importCourse: async (stream, contentType, filename) => {
        const data = await readAll(stream),
            fields = process.env.HOCSO_ORG_UNIT ? {orgUnit: process.env.HOCSO_ORG_UNIT} : {},
            form = multipart(fields, {filename, contentType: contentType || "application/octet-stream", data});

        const res = await send("POST", `${baseUrl}/api/v1/packages`, {
            headers: {
                Authorization: userAuth(),
                Accept: "application/json",
                "Accept-Language": "en",
                "Content-Type": form.contentType
            },
            body: form.body
        });

        if (res.status >= 200 && res.status < 300) {
            const id = res.json && res.json.id;

            if (id === undefined || id === null) {
                throw new Error(`HocSo accepted ${filename} (${res.status}) but returned no package id`);
            }
            imported.push(id);

            return id;
        }
        if (res.status >= 400 && res.status < 500 && !NOT_A_PACKAGE_VERDICT.has(res.status)) {
            throw new InvalidPackageError(`HocSo refused ${filename}: ${describe(res)}`);
        }

        throw new Error(`HocSo import of ${filename} failed: ${describe(res)}`);
    },

    getLaunchUrl: async (courseId, auIndex, actor, {registration, launchMode} = {}) => {
        const res = await sendJson("POST", "/api/v1/cmi5/launches", {
            packageId: courseId,
            auIndex,
            actor,
            registration: registration || launches.byCourse.get(courseId) || crypto.randomUUID(),
            launchMode: launchMode || "Normal",
            returnUrl: process.env.HOCSO_RETURN_URL || `${baseUrl}/`
        });

        if (res.status < 200 || res.status >= 300 || !res.json || !res.json.url) {
            throw new Error(`POST /api/v1/cmi5/launches (package ${courseId}, AU ${auIndex}): ${describe(res)}`);
        }
        if (res.json.registration) {
            launches.lastRegistration = res.json.registration;
            launches.byCourse.set(courseId, res.json.registration);
            if (res.json.sessionId) {
                launches.bySession.set(res.json.sessionId, res.json.registration);
            }
        }

        return res.json.url;
    },

    cleanup: async () => {
        const ids = imported.splice(0);

        launches.byCourse.clear();

        if (process.env.HOCSO_KEEP_PACKAGES === "true") {
            return;
        }
        for (const id of ids) {
            try {
                const res = await send("DELETE", `${baseUrl}/api/v1/packages/${encodeURIComponent(id)}`, {
                    headers: {Authorization: userAuth(), "Accept-Language": "en"}
                });

                // 409: learners have records in it; HocSo keeps learning records, so the package stays
                if (res.status !== 204 && res.status !== 404 && res.status !== 409) {
                    console.log(`lms.hocso cleanup: package ${id} not deleted: ${describe(res)}`);
                }
            }
            catch (ex) {
                console.log(`lms.hocso cleanup: package ${id} not deleted: ${ex}`);
            }
        }
    },

    hasWaive: () => true,

    waiveAU: async (registration, auIndex, reason) => {
        const res = await sendJson("POST",
            `/api/v1/cmi5/registrations/${encodeURIComponent(registration)}/aus/${encodeURIComponent(auIndex)}/waive`,
            {reason});

        if (res.status < 200 || res.status >= 300) {
            throw new Error(`waive AU ${auIndex} of registration ${registration}: ${describe(res)}`);
        }
    },

    hasAbandon: () => true,

    abandonSession: async (sessionId) => {
        const registration = launches.bySession.get(sessionId) || launches.lastRegistration;

        if (!registration) {
            throw new Error(`abandon session ${sessionId}: no launch made by this adapter gave a registration`);
        }
        const res = await sendJson("POST", `/api/v1/cmi5/registrations/${encodeURIComponent(registration)}/abandon`,
            {sessionId});

        if (res.status < 200 || res.status >= 300) {
            throw new Error(`abandon session ${sessionId} (registration ${registration}): ${describe(res)}`);
        }
    }
};
