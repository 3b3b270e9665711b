/*
 * HocSo content player (SCORM 1.2 and 2004) — plain ES2017, no framework, nothing loaded from elsewhere.
 *
 * PAGE CONTRACT (rendered by the server on the content origin, one page per launch):
 *   <link rel="stylesheet" href=".../content-player/player.css">
 *   <script type="application/json" id="hocso-launch">{ ...config... }</script>
 *   <iframe id="hocso-sco" title="..."></iframe>            (no src: player.js sets it once the API exists;
 *                                                            created by player.js when absent)
 *   <script src=".../content-player/vendor/scorm-again/scorm12.min.js">   (SCORM_12; defines window.Scorm12API)
 *   or  <script src=".../content-player/vendor/scorm-again/scorm2004.min.js"> (SCORM_2004; window.Scorm2004API)
 *   <script src=".../content-player/player.js"></script>
 * The API object is created in THIS window (window.API or window.API_1484_11), so the SCO in #hocso-sco finds it
 * in window.parent with the ordinary discovery walk; page, API and SCO share the content origin.
 *
 * CONFIG (#hocso-launch):
 *   standard           "SCORM_12" | "SCORM_2004"
 *   commitUrl          "/p/<token>/commit" (same origin as this page)
 *   scoUrl             "/c/<token>/<launch href with parameters>"
 *   itemId, title      the launched item
 *   cmi                initial CMI, nested JSON for scorm-again loadFromJSON(cmi, "cmi") — 2004: entry, credit, mode,
 *                      learner_id, learner_name, location, suspend_data, total_time, launch_data,
 *                      scaled_passing_score, completion_threshold, max_time_allowed, time_limit_action,
 *                      interactions, objectives, ...; 1.2: core{student_id, student_name, lesson_location, entry,
 *                      credit, lesson_mode, total_time, ...}, suspend_data, launch_data, student_data{mastery_score,
 *                      max_time_allowed, time_limit_action}, ...
 *   sequence           last commit sequence number the server accepted (integer); the next commit sends +1
 *   toc                [{id, title, depth, launchUrl|null, status, current, disabled}] — a list is shown when > 1
 *   nav                {previousUrl|null, continueUrl|null, exitUrl} — used without sequencing, exitUrl always
 *   hideLmsUi          ["continue","previous","exit",...] — hides the matching buttons
 *   sequencing         scorm-again `sequencing` setting ({"activityTree": ...}, see SequencingJson.java) or null
 *   sequencingState    ADDITION: the `sequencing` object of the last accepted commit of this learner's attempt on
 *                      the course (any item), or null; restored before the SCO starts
 *   labels             {toc, previous, continue, exit, saving, saved, offline, rejected[, unavailable]}
 *   autocommitSeconds  seconds between a change and its automatic commit (default 30)
 *
 * COMMIT CONTRACT: POST commitUrl, body (JSON text)
 *   { "sequence": n, "itemId": "...", "terminate": bool, "cmi": {...}, "sequencing": {...} | null }
 *   - cmi is scorm-again's nested rendering of the whole data model (renderCommitCMI(...).cmi): collections are
 *     objects keyed "0", "1", ...; the terminate commit also carries total_time (2004) / core.total_time (1.2)
 *     accumulated by scorm-again; session_time is the SCO's report.
 *   - sequencing (2004 with sequencing only) is JSON.parse(api.serializeSequencingState()): activity tree state,
 *     current/suspended activity, global objective map. The server stores it per attempt and hands it back as
 *     sequencingState. The terminate commit is sent AFTER scorm-again processed the navigation request, so it
 *     already holds the delivered (next) activity.
 *   - sequence grows by one per request sent (sync XHR, beacon or fetch); the server applies a commit only when its
 *     sequence is higher than the last accepted one; a repeated or older sequence is acknowledged (200) and changes nothing.
 *   - Sent as Content-Type application/json (synchronous XHR while the page lives: SCORM Commit/Terminate are
 *     synchronous) or as a text/plain beacon on pagehide / visibilitychange→hidden / unload-time Terminate.
 *     Beacons and keepalive fetches are limited to 64 KiB by browsers.
 *   - After a terminate commit the player may send one more commit (terminate: true, same cmi, higher sequence)
 *     when the learner navigates from an already terminated SCO: the server must accept it.
 *   - Answer: 200 {"result":true,"errorCode":0}; or 409/410 {"result":false,"errorCode":<SCORM code, e.g. 391
 *     (2004) / 101 (1.2)>,"message":"..."} — shown to the learner as labels.rejected + message, and the SCO's
 *     Commit/Terminate returns "false". After a 410 nothing more is sent. Network failure → labels.offline; a
 *     new commit is tried when the browser comes back online.
 *
 * NAVIGATION: every move commits first (terminating the SCO: the frame is emptied so the SCO can call Terminate
 * itself, then Terminate is called if it did not), and only then sets location.href.
 *   - Without sequencing: Previous/Continue/Exit go to nav.*Url; TOC entries to their launchUrl; a SCO's
 *     adl.nav.request (2004) continue/previous/choice/exit* maps to the same URLs.
 *   - With sequencing (2004): buttons and TOC become navigation requests (continue, previous, {target=id}choice,
 *     Exit = suspendAll) processed by scorm-again's sequencer; the activity it delivers (onActivityDelivery) is
 *     opened through toc[].launchUrl of the entry with that id; the end of the sequencing session
 *     (onSequencingSessionEnd: exitAll, suspendAll, end of course) goes to nav.exitUrl.
 */
(function () {
  'use strict';

  var DEFAULT_LABELS = {
    toc: 'Contents', previous: 'Previous', continue: 'Continue', exit: 'Exit', saving: 'Saving…',
    saved: 'Saved', offline: 'Offline: your progress is not saved yet', rejected: 'Your progress was not accepted',
    unavailable: 'Not available now'
  };

  var cfg = JSON.parse(document.getElementById('hocso-launch').textContent);
  var is2004 = cfg.standard === 'SCORM_2004';
  var seqMode = is2004 && !!cfg.sequencing;
  var labels = Object.assign({}, DEFAULT_LABELS, cfg.labels || {});
  var nav = cfg.nav || {};
  var hidden = cfg.hideLmsUi || [];
  var toc = cfg.toc || [];
  var finishName = is2004 ? 'Terminate' : 'LMSFinish';
  var commitFailure = is2004 ? 391 : 101;

  var st = {
    seq: Number(cfg.sequence) || 0,
    gone: false,            // server answered 410: stop sending
    unloading: false,       // pagehide seen: only beacons work now
    heldTerminate: null,    // the terminate commit's cmi, sent by the Terminate wrapper after navigation processing
    terminateSaved: true,
    needsCommit: false,     // sequencing state changed after the SCO terminated
    booting: false,
    busy: false,
    leaving: false,
    intent: null,           // {url} or {request, target}
    delivered: null,        // activity id delivered by the sequencer
    sessionEnded: null,
    navEvent: null          // URL asked by a SCO without sequencing
  };

  var ui = buildUi();
  var api = createApi();
  window[is2004 ? 'API_1484_11' : 'API'] = api;
  if (seqMode) {
    bootSequencing();
  }
  api.loadFromJSON(cfg.cmi || {}, 'cmi');
  wrapFinish();
  listenForScoNavigation();
  window.addEventListener('pagehide', function () {
    st.unloading = true;
    saveOnHide();
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      saveOnHide();
    }
  });
  window.addEventListener('online', function () {
    if (!st.terminateSaved || st.needsCommit || (running() && ui.status.dataset.state === 'offline')) {
      ensureSaved();
    }
  });
  ui.frame.src = cfg.scoUrl;

  // ---- scorm-again --------------------------------------------------------------------------------------------

  function createApi() {
    var settings = {
      lmsCommitUrl: cfg.commitUrl,
      autocommit: true,
      autocommitSeconds: cfg.autocommitSeconds > 0 ? cfg.autocommitSeconds : 30,
      logLevel: 4,
      httpService: { processHttpRequest: processHttpRequest, updateSettings: function () {} }
    };
    if (seqMode) {
      settings.sequencing = Object.assign({}, cfg.sequencing, {
        logLevel: 'warn',
        eventListeners: {
          onActivityDelivery: function (activity) {
            if (!st.booting) {
              st.delivered = activity.id;
            }
          },
          onSequencingSessionEnd: function (data) {
            if (!st.booting) {
              st.sessionEnded = (data && data.reason) || 'end';
            }
          },
          onNavigationValidityUpdate: showValidity
        }
      });
    }
    var Impl = is2004 ? window.Scorm2004API : window.Scorm12API;
    return new Impl(settings);
  }

  /** IHttpService of scorm-again: every commit of the SCO passes here (immediate = the terminate commit). */
  function processHttpRequest(url, params, immediate) {
    if (immediate) {
      st.heldTerminate = params.cmi;
      st.terminateSaved = false;
      return { result: true, errorCode: 0 };
    }
    return send(body(params.cmi, false), false);
  }

  /** Terminate/LMSFinish: let scorm-again end the session and run sequencing, then send the terminate commit. */
  function wrapFinish() {
    var original = api[finishName];
    api[finishName] = function (parameter) {
      var result = original.call(api, parameter === undefined ? '' : parameter);
      var saved = flushTerminate();
      if (result === 'true' && !st.unloading) {
        setTimeout(afterTerminate, 0);
      }
      return saved ? result : 'false';
    };
  }

  function flushTerminate() {
    if (st.heldTerminate === null || st.terminateSaved) {
      return true;
    }
    var r = send(body(st.heldTerminate, true), st.unloading);
    st.terminateSaved = r.result === true || st.unloading;
    return st.terminateSaved;
  }

  function listenForScoNavigation() {
    var map = {
      SequenceNext: function () { return nav.continueUrl; },
      SequencePrevious: function () { return nav.previousUrl; },
      SequenceChoice: function (target) { return tocUrl(target); },
      SequenceJump: function (target) { return tocUrl(target); }
    };
    ['SequenceExit', 'SequenceExitAll', 'SequenceAbandon', 'SequenceAbandonAll', 'SequenceSuspendAll']
      .forEach(function (name) { map[name] = function () { return nav.exitUrl; }; });
    Object.keys(map).forEach(function (name) {
      api.on(name, function (target) {
        if (!seqMode) {
          st.navEvent = map[name](target) || null;
        }
      });
    });
  }

  // ---- sequencing -----------------------------------------------------------------------------------------------

  /** Restores the stored activity state and makes the launched item the current, delivered activity. */
  function bootSequencing() {
    if (cfg.sequencingState) {
      api.deserializeSequencingState(JSON.stringify(cfg.sequencingState));
    }
    st.booting = true;
    try {
      var current = currentActivity();
      if (!current || current.id !== cfg.itemId || !current.isActive) {
        if (!current) {
          tryRequest('resumeAll');
        }
        if (currentId() !== cfg.itemId) {
          tryRequest('choice', cfg.itemId);
        }
        if (!currentActivity()) {
          tryRequest('start');
        }
      }
    } finally {
      st.booting = false;
    }
    if (currentId() !== cfg.itemId) {
      console.warn('hocso-player: the sequencer would deliver ' + currentId() + ', the server launched ' + cfg.itemId);
    }
  }

  function currentActivity() {
    var s = api.getSequencingState();
    return s && s.currentActivity ? s.currentActivity : null;
  }

  function currentId() {
    var a = currentActivity();
    return a ? a.id : null;
  }

  function tryRequest(request, target) {
    try {
      return api.processNavigationRequest(request, target);
    } catch (e) {
      console.warn('hocso-player: ' + request + ' failed', e);
      return false;
    }
  }

  function sequencingSnapshot() {
    if (!seqMode) {
      return null;
    }
    try {
      return JSON.parse(api.serializeSequencingState());
    } catch (e) {
      console.warn('hocso-player: sequencing state not serialisable', e);
      return null;
    }
  }

  function showValidity(update) {
    setEnabled(ui.buttons.previous, update.previous);
    setEnabled(ui.buttons.continue, update.continue);
    ui.tocButtons.forEach(function (b) {
      var v = update.choice ? update.choice[b.dataset.id] : undefined;
      if (v !== undefined && !b.dataset.disabled) {
        setEnabled(b, v === 'true');
      }
    });
  }

  // ---- commits --------------------------------------------------------------------------------------------------

  function body(cmi, terminate) {
    st.seq += 1;
    return JSON.stringify({
      sequence: st.seq, itemId: cfg.itemId, terminate: terminate, cmi: cmi, sequencing: sequencingSnapshot()
    });
  }

  /** Sends a commit body; synchronously unless the page is going away. Returns a scorm-again ResultObject. */
  function send(json, asBeacon) {
    if (st.gone) {
      return { result: false, errorCode: commitFailure };
    }
    if (asBeacon) {
      return beacon(json) ? { result: true, errorCode: 0 } : { result: false, errorCode: commitFailure };
    }
    setStatus('saving', labels.saving);
    var xhr = new XMLHttpRequest();
    try {
      xhr.open('POST', cfg.commitUrl, false);
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.send(json);
    } catch (e) {
      setStatus('offline', labels.offline);
      return { result: false, errorCode: commitFailure };
    }
    return answer(xhr.status, xhr.responseText);
  }

  function answer(status, text) {
    var reply = null;
    try {
      reply = JSON.parse(text);
    } catch (e) {
      reply = null;
    }
    if (status >= 200 && status < 300 && reply && (reply.result === true || reply.result === 'true')) {
      setStatus('saved', labels.saved);
      return { result: true, errorCode: 0 };
    }
    if (status === 0 || status >= 500 || !reply) {
      setStatus('offline', labels.offline);
      return { result: false, errorCode: commitFailure };
    }
    if (status === 410) {
      st.gone = true;
    }
    setStatus('rejected', labels.rejected + (reply.message ? ': ' + reply.message : ''));
    return { result: false, errorCode: Number(reply.errorCode) || commitFailure };
  }

  function beacon(json) {
    var blob = new Blob([json], { type: 'text/plain' });
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(cfg.commitUrl, blob)) {
        return true;
      }
    } catch (e) {
      // fall back to fetch
    }
    try {
      fetch(cfg.commitUrl, { method: 'POST', body: blob, keepalive: true, credentials: 'same-origin' });
      return true;
    } catch (e) {
      return false;
    }
  }

  /** pagehide / hidden tab: the latest state as a beacon (the SCO may never call Commit or Terminate). */
  function saveOnHide() {
    if (st.gone) {
      return;
    }
    if (running()) {
      beacon(body(api.renderCommitCMI(false).cmi, false));
    } else if (!st.terminateSaved || st.needsCommit) {
      beacon(body(st.heldTerminate || api.renderCommitCMI(true).cmi, true));
      st.terminateSaved = true;
      st.needsCommit = false;
    }
  }

  /** Before leaving: resend a failed terminate commit or the sequencing state changed after it. */
  function ensureSaved() {
    if (!st.terminateSaved) {
      return flushTerminate();
    }
    if (st.needsCommit) {
      var r = send(body(st.heldTerminate || api.renderCommitCMI(api.isTerminated()).cmi, api.isTerminated()), false);
      st.needsCommit = r.result !== true;
      return r.result === true;
    }
    if (running()) {
      return send(body(api.renderCommitCMI(false).cmi, false), false).result === true;
    }
    return true;
  }

  // ---- navigation -----------------------------------------------------------------------------------------------

  function running() {
    return api.isInitialized() && !api.isTerminated();
  }

  /** intent: {url} (plain) or {request, target} (sequencing). */
  function navigate(intent) {
    if (st.busy || st.leaving) {
      return;
    }
    st.busy = true;
    st.intent = intent;
    st.delivered = null;
    st.sessionEnded = null;
    if (!running()) {
      if (seqMode && intent.request) {
        tryRequest(intent.request, intent.target);
        st.needsCommit = true;
      }
      afterTerminate();
      return;
    }
    if (seqMode && intent.request) {
      api.adl.nav.request = intent.request === 'choice' ? '{target=' + intent.target + '}choice' : intent.request;
    }
    ui.frame.addEventListener('load', function () {
      if (running()) {
        api[finishName]('');
      } else {
        afterTerminate();
      }
    }, { once: true });
    ui.frame.src = 'about:blank';
  }

  /** After the SCO's session ended: where to go, saved first. */
  function afterTerminate() {
    if (st.leaving) {
      return;
    }
    var url = destination();
    var asked = st.intent !== null;
    st.intent = null;
    st.navEvent = null;
    if (!url) {
      st.busy = false;
      if (asked) {
        setStatus('rejected', labels.unavailable);
      }
      return;
    }
    if (!ensureSaved()) {
      st.busy = false;
      return;
    }
    st.leaving = true;
    go(url);
  }

  // The exit URL is an LMS page: it replaces the whole LMS window that frames the player (the LMS refuses to be
  // framed); other URLs are player pages on this origin.
  function go(url) {
    if (url === nav.exitUrl && window.top !== window) {
      try {
        window.top.location.href = url;
        return;
      } catch (e) {
        // a browser that forbids it: fall through and navigate this frame
      }
    }
    window.location.href = url;
  }

  function destination() {
    if (seqMode) {
      if (st.delivered !== null) {
        return tocUrl(st.delivered) || nav.exitUrl;
      }
      return st.sessionEnded !== null ? nav.exitUrl : null;
    }
    if (st.intent && st.intent.url) {
      return st.intent.url;
    }
    return st.navEvent;
  }

  function tocUrl(id) {
    for (var i = 0; i < toc.length; i++) {
      if (toc[i].id === id) {
        return toc[i].launchUrl || null;
      }
    }
    return null;
  }

  // ---- UI -------------------------------------------------------------------------------------------------------

  function buildUi() {
    var frame = document.getElementById('hocso-sco');
    if (!frame) {
      frame = el('iframe', { id: 'hocso-sco', title: cfg.title || '' });
      document.body.appendChild(frame);
    }
    frame.setAttribute('allow', 'fullscreen');
    var bar = el('header', { class: 'hocso-bar' });
    bar.appendChild(el('h1', { class: 'hocso-title' }, cfg.title || ''));
    var status = el('p', { class: 'hocso-status', role: 'status', 'aria-live': 'polite' });
    bar.appendChild(status);
    var navBox = el('nav', { class: 'hocso-nav', 'aria-label': labels.toc });
    var buttons = {
      previous: button('previous', seqMode ? { request: 'previous' } : nav.previousUrl && { url: nav.previousUrl }),
      continue: button('continue', seqMode ? { request: 'continue' } : nav.continueUrl && { url: nav.continueUrl }),
      exit: button('exit', seqMode ? { request: 'suspendAll' } : nav.exitUrl && { url: nav.exitUrl })
    };
    Object.keys(buttons).forEach(function (k) {
      if (hidden.indexOf(k) < 0) {
        navBox.appendChild(buttons[k]);
      }
    });
    bar.appendChild(navBox);
    var tocButtons = [];
    var layout = el('div', { class: 'hocso-layout' });
    if (toc.length > 1) {
      var details = el('details', { class: 'hocso-toc' });
      if (window.matchMedia && window.matchMedia('(min-width: 50em)').matches) {
        details.open = true;
      }
      details.appendChild(el('summary', {}, labels.toc));
      var list = el('ol', {});
      toc.forEach(function (entry) {
        var li = el('li', { class: 'hocso-depth-' + Math.min(entry.depth || 0, 5) });
        var b = tocEntry(entry);
        if (b.tagName === 'BUTTON') {
          tocButtons.push(b);
        }
        li.appendChild(b);
        list.appendChild(li);
      });
      details.appendChild(list);
      layout.appendChild(details);
    }
    frame.parentNode.insertBefore(bar, frame);
    frame.parentNode.insertBefore(layout, frame);
    layout.appendChild(frame);
    return { frame: frame, status: status, buttons: buttons, tocButtons: tocButtons };
  }

  function button(name, intent) {
    var b = el('button', { type: 'button', class: 'hocso-btn hocso-' + name }, labels[name]);
    if (!intent) {
      setEnabled(b, false);
    } else {
      b.addEventListener('click', function () { navigate(intent); });
    }
    return b;
  }

  function tocEntry(entry) {
    var text = entry.title + (entry.status ? ' ' : '');
    if (!entry.launchUrl || entry.disabled || entry.current) {
      var span = el('span', { class: 'hocso-entry' + (entry.current ? ' hocso-current' : '') }, text);
      if (entry.current) {
        span.setAttribute('aria-current', 'page');
      }
      appendStatus(span, entry.status);
      return span;
    }
    var b = el('button', { type: 'button', class: 'hocso-entry', 'data-id': entry.id }, text);
    appendStatus(b, entry.status);
    b.addEventListener('click', function () {
      navigate(seqMode ? { request: 'choice', target: entry.id } : { url: entry.launchUrl });
    });
    return b;
  }

  function appendStatus(node, status) {
    if (status) {
      node.appendChild(el('span', { class: 'hocso-badge hocso-s-' + status.replace(/[^a-z]+/g, '-') }, status));
    }
  }

  function setEnabled(b, enabled) {
    if (!b) {
      return;
    }
    b.disabled = !enabled;
    b.setAttribute('aria-disabled', String(!enabled));
  }

  function setStatus(state, text) {
    ui.status.dataset.state = state;
    ui.status.textContent = text;
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }
})();
