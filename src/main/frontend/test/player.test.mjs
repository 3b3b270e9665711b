// Smoke test of content-player/player.js in Node with a tiny fake DOM (no jsdom): run `npm test` in src/main/frontend
// after `npm ci`. Checks the API discovery object, the commit bodies, the 409 display, the pagehide beacon and the
// sequencing hand-over from a SCO's adl.nav.request to the next item's launchUrl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../../', import.meta.url));
const playerJs = readFileSync(root + 'resources/content-player/player.js', 'utf8');
const vendor = (name) => readFileSync(root + 'frontend/node_modules/scorm-again/dist/' + name, 'utf8');

class Element {
  constructor(tag) { Object.assign(this, { tagName: tag.toUpperCase(), attributes: {}, children: [], dataset: {},
    listeners: {}, textContent: '', parentNode: null, disabled: false }); }
  setAttribute(k, v) { this.attributes[k] = String(v); if (k.startsWith('data-')) this.dataset[k.slice(5)] = String(v); }
  appendChild(c) { if (c.parentNode) c.parentNode.children.splice(c.parentNode.children.indexOf(c), 1);
    c.parentNode = this; this.children.push(c); return c; }
  insertBefore(c, ref) { c.parentNode = this; this.children.splice(this.children.indexOf(ref), 0, c); return c; }
  addEventListener(t, f) { (this.listeners[t] ||= []).push(f); }
  fire(t) { (this.listeners[t] || []).splice(0).forEach((f) => f()); }
  all() { return [this, ...this.children.flatMap((c) => c.all())]; }
}

function load(config, answer = () => [200, '{"result":true,"errorCode":0}']) {
  const body = new Element('body');
  const frame = body.appendChild(new Element('iframe'));
  const requests = [];
  const beacons = [];
  const windowListeners = {};
  const document = {
    body, visibilityState: 'visible', listeners: {},
    getElementById: (id) => (id === 'hocso-launch' ? { textContent: JSON.stringify(config) } : id === 'hocso-sco' ? frame : null),
    createElement: (t) => new Element(t),
    addEventListener(t, f) { (this.listeners[t] ||= []).push(f); }
  };
  class XMLHttpRequest {
    open(method, url, async) { Object.assign(this, { method, url, async }); }
    setRequestHeader(k, v) { this.contentType = v; }
    send(b) { requests.push({ url: this.url, async: this.async, contentType: this.contentType, body: JSON.parse(b) });
      [this.status, this.responseText] = answer(requests.length); }
  }
  const timers = [];
  const window = {
    document, XMLHttpRequest, Blob, console, JSON, Object, Array, Math, Date, Map, Set, Promise, Symbol, Error,
    location: { href: 'https://content.example/p/t1/' },
    navigator: { sendBeacon: (url, blob) => { beacons.push({ url, blob }); return true; } },
    addEventListener: (t, f) => { (windowListeners[t] ||= []).push(f); },
    removeEventListener() {}, setTimeout: (f) => { timers.push(f); return timers.length; }, clearTimeout() {},
    setInterval: () => 0, clearInterval() {}, fetch: () => Promise.resolve()
  };
  window.window = window;
  const context = vm.createContext(window);
  vm.runInContext(vendor(config.standard === 'SCORM_12' ? 'scorm12.min.js' : 'scorm2004.min.js'), context);
  vm.runInContext(playerJs, context);
  const runTimers = () => { while (timers.length) timers.shift()(); };
  return { window, frame, body, requests, beacons, windowListeners, runTimers };
}

const ctl = (o = {}) => ({ choice: true, choiceExit: true, flow: false, forwardOnly: false,
  useCurrentAttemptObjectiveInfo: true, useCurrentAttemptProgressInfo: true, ...o });
const labels = { toc: 'Mục lục', previous: 'Trước', continue: 'Tiếp', exit: 'Thoát', saving: 'Đang lưu',
  saved: 'Đã lưu', offline: 'Mất kết nối', rejected: 'Không được chấp nhận' };
const toc = ['sco1', 'sco2', 'sco3'].map((id, i) => ({ id, title: 'Bài ' + (i + 1), depth: 0,
  launchUrl: '/p/tok-' + id + '/', status: 'not attempted', current: i === 0, disabled: false }));

function config2004(extra = {}) {
  return { standard: 'SCORM_2004', commitUrl: '/p/tok-sco1/commit', scoUrl: '/c/tok-sco1/index.html', itemId: 'sco1',
    title: 'Bài 1', cmi: { learner_id: 'u1', learner_name: 'Mai', entry: 'ab-initio', credit: 'credit', mode: 'normal' },
    sequence: 7, toc, nav: { previousUrl: null, continueUrl: '/p/tok-sco2/', exitUrl: 'https://lms.example/courses/1' },
    hideLmsUi: [], sequencing: null, labels, autocommitSeconds: 30, ...extra };
}

test('SCORM 2004 with sequencing: continue from the SCO commits the delivered activity, then opens its launchUrl', () => {
  const p = load(config2004({ sequencing: { activityTree: { id: 'ORG', title: 'C', sequencingControls: ctl({ flow: true, choice: false }),
    children: ['sco1', 'sco2', 'sco3'].map((id) => ({ id, title: id, sequencingControls: ctl() })) } } }));
  const api = p.window.API_1484_11;
  assert.equal(p.frame.src, '/c/tok-sco1/index.html');
  assert.equal(api.Initialize(''), 'true');
  assert.equal(api.GetValue('cmi.learner_name'), 'Mai');
  api.SetValue('cmi.completion_status', 'completed');
  api.SetValue('adl.nav.request', 'continue');
  assert.equal(api.Terminate(''), 'true');
  const last = p.requests.at(-1);
  assert.deepEqual([last.body.sequence, last.body.itemId, last.body.terminate, last.async], [8, 'sco1', true, false]);
  assert.equal(last.body.cmi.completion_status, 'completed');
  assert.equal(last.body.sequencing.currentActivityId, 'sco2');
  p.runTimers();
  assert.equal(p.window.location.href, '/p/tok-sco2/');
});

test('a rejected commit is shown to the learner and Commit answers false', () => {
  const p = load(config2004(), () => [409, '{"result":false,"errorCode":391,"message":"Phiên cũ"}']);
  const api = p.window.API_1484_11;
  api.Initialize('');
  api.SetValue('cmi.location', 'p2');
  assert.equal(api.Commit(''), 'false');
  assert.equal(p.requests[0].body.cmi.location, 'p2');
  assert.equal(p.requests[0].body.sequencing, null);
  const status = p.body.all().find((e) => e.attributes.role === 'status');
  assert.equal(status.textContent, 'Không được chấp nhận: Phiên cũ');
});

test('SCORM 1.2: pagehide sends the latest state as a text/plain beacon', async () => {
  const p = load({ ...config2004(), standard: 'SCORM_12', cmi: { core: { student_id: 'u1', student_name: 'Mai',
    lesson_location: 'p1', entry: 'resume', credit: 'credit', lesson_mode: 'normal' }, suspend_data: 'abc' } });
  const api = p.window.API;
  assert.equal(api.LMSInitialize(''), 'true');
  assert.equal(api.LMSGetValue('cmi.suspend_data'), 'abc');
  api.LMSSetValue('cmi.core.lesson_location', 'p9');
  p.windowListeners.pagehide.forEach((f) => f());
  assert.equal(p.beacons.length, 1);
  assert.equal(p.beacons[0].url, '/p/tok-sco1/commit');
  assert.equal(p.beacons[0].blob.type, 'text/plain');
  const sent = JSON.parse(await p.beacons[0].blob.text());
  assert.deepEqual([sent.sequence, sent.terminate, sent.cmi.core.lesson_location], [8, false, 'p9']);
});

test('without sequencing the Continue button terminates the SCO, commits, then goes to nav.continueUrl', () => {
  const p = load(config2004());
  const api = p.window.API_1484_11;
  api.Initialize('');
  const next = p.body.all().find((e) => e.tagName === 'BUTTON' && e.textContent === 'Tiếp');
  next.listeners.click[0]();
  assert.equal(p.frame.src, 'about:blank');
  p.frame.fire('load');
  assert.equal(p.requests.at(-1).body.terminate, true);
  p.runTimers();
  assert.equal(p.window.location.href, '/p/tok-sco2/');
});
