// Independent check of an HocSo credential's eddsa-rdfc-2022 proof with Digital Bazaar's reference libraries
// (jsonld-signatures, @digitalbazaar/data-integrity, @digitalbazaar/eddsa-rdfc-2022-cryptosuite; JSON-LD safe mode).
// usage: node verify.mjs credential.json <server base URL, e.g. http://127.0.0.1:18096>
// Contexts come from local copies; the issuer profile and the Multikey document are fetched from the running server.
import {readFileSync} from 'fs';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';

const read = p => JSON.parse(readFileSync(p, 'utf8'));
const [, , credPath, server] = process.argv;
const credential = read(credPath);
const issuer = typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id;
const origin = new URL(issuer).origin;
const here = new URL('.', import.meta.url).pathname;
const bundled = here + '../../src/main/resources/certification/jsonld/';
const contexts = {
  'https://www.w3.org/ns/credentials/v2': read(bundled + 'credentials-v2.jsonld'),
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': read(bundled + 'ob-context-3.0.3.json'),
  'https://www.w3.org/ns/cid/v1': read(here + 'cid-v1.jsonld'),
  'https://w3id.org/security/multikey/v1':
    read(here + 'node_modules/@digitalbazaar/multikey-context/contexts/multikey-v1.jsonld'),
};
const fetched = [];
const documentLoader = async url => {
  if (contexts[url]) {
    return {contextUrl: null, documentUrl: url, document: contexts[url]};
  }
  if (url.startsWith(origin + '/')) {
    const res = await fetch(server + url.substring(origin.length), {headers: {accept: 'application/ld+json'}});
    fetched.push(url + ' → ' + res.status);
    return {contextUrl: null, documentUrl: url, document: await res.json()};
  }
  throw new Error('refusing to load ' + url);
};
const suite = new DataIntegrityProof({cryptosuite});
const result = await jsigs.verify(credential, {
  suite, purpose: new jsigs.purposes.AssertionProofPurpose(), documentLoader});
const errors = [result.error, ...(result.results || []).map(r => r.error)].filter(Boolean)
  .flatMap(e => e.errors ? e.errors : [e]).map(e => e.message + (e.details ? ' ' + JSON.stringify(e.details) : ''));
console.log(JSON.stringify({verified: result.verified, fetched, errors}));
