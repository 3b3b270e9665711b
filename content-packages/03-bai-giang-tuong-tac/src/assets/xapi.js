/*
 * A small xAPI 1.0.3 client for a tincan.xml launch (no third-party code, no calls other than to the launch's LRS).
 * The LMS opens index.html with the conventional launch parameters: endpoint, auth, actor, registration and
 * activity_id. Statements are sent one after another (in order) with POST /statements; the learner's progress is a
 * JSON state document (PUT/GET /activities/state, with the registration). Without launch parameters the module runs
 * as a preview and records nothing.
 */
(function (global) {
  'use strict';

  var VERSION = '1.0.3';
  var params = new URLSearchParams(global.location.search);

  function parseJson(text) {
    if (!text) {
      return null;
    }
    try {
      return JSON.parse(text);
    } catch (e) {
      return null;
    }
  }

  var endpoint = params.get('endpoint');
  var auth = params.get('auth');
  var actor = parseJson(params.get('actor'));
  var registration = params.get('registration');
  var activityId = params.get('activity_id');
  if (endpoint && endpoint.charAt(endpoint.length - 1) !== '/') {
    endpoint += '/';
  }
  var enabled = Boolean(endpoint && auth && actor);

  function uuid() {
    if (global.crypto && typeof global.crypto.randomUUID === 'function') {
      return global.crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    global.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function headers(json) {
    var h = { 'Authorization': auth, 'X-Experience-API-Version': VERSION };
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    return h;
  }

  function sleep(ms) {
    return new Promise(function (resolve) { global.setTimeout(resolve, ms); });
  }

  var errorListeners = [];
  var chain = Promise.resolve();
  var pending = 0;

  function reportError(message) {
    errorListeners.forEach(function (fn) { fn(message); });
  }

  /** POSTs one statement, retrying twice on a network error or a 5xx answer. */
  function post(statement) {
    var tries = 0;
    function attempt() {
      tries += 1;
      return global.fetch(endpoint + 'statements', {
        method: 'POST', headers: headers(true), body: JSON.stringify(statement), keepalive: true
      }).then(function (res) {
        if (res.ok) {
          return true;
        }
        if (res.status >= 500 && tries < 3) {
          return sleep(600 * tries).then(attempt);
        }
        return res.text().then(function (body) {
          throw new Error('LRS ' + res.status + ' ' + body.slice(0, 200));
        });
      }, function (err) {
        if (tries < 3) {
          return sleep(600 * tries).then(attempt);
        }
        throw err;
      });
    }
    return attempt();
  }

  /**
   * Sends a statement (actor, id, timestamp and the registration are added). Statements leave in the order they were
   * sent; the promise settles when this one has been stored (or failed).
   */
  function send(statement) {
    if (!enabled) {
      return Promise.resolve(false);
    }
    statement.id = uuid();
    statement.actor = actor;
    statement.timestamp = new Date().toISOString();
    statement.context = statement.context || {};
    if (registration) {
      statement.context.registration = registration;
    }
    statement.context.language = statement.context.language || 'vi-VN';
    pending += 1;
    var p = chain.then(function () { return post(statement); }).then(function (ok) {
      pending -= 1;
      return ok;
    }, function (err) {
      pending -= 1;
      reportError(String(err && err.message ? err.message : err));
      return false;
    });
    chain = p;
    return p;
  }

  function stateUrl(stateId) {
    var q = new URLSearchParams({ activityId: activityId, agent: JSON.stringify(actor), stateId: stateId });
    if (registration) {
      q.set('registration', registration);
    }
    return endpoint + 'activities/state?' + q.toString();
  }

  /** The state document (parsed JSON), or null when there is none. */
  function getState(stateId) {
    if (!enabled) {
      return Promise.resolve(null);
    }
    return global.fetch(stateUrl(stateId), { headers: headers(false), cache: 'no-store' }).then(function (res) {
      if (res.status === 404) {
        return null;
      }
      if (!res.ok) {
        throw new Error('LRS ' + res.status);
      }
      return res.text().then(parseJson);
    });
  }

  /** Replaces the state document. keepalive lets it finish while the page is being closed. */
  function putState(stateId, doc, keepalive) {
    if (!enabled) {
      return Promise.resolve(false);
    }
    return global.fetch(stateUrl(stateId), {
      method: 'PUT', headers: headers(true), body: JSON.stringify(doc), keepalive: Boolean(keepalive)
    }).then(function (res) {
      if (!res.ok) {
        reportError('LRS ' + res.status + ' (state)');
      }
      return res.ok;
    }, function (err) {
      reportError(String(err));
      return false;
    });
  }

  /** An ISO 8601 duration (PT#H#M#S) of milliseconds. */
  function duration(ms) {
    var total = Math.max(0, Math.round(ms / 1000));
    var h = Math.floor(total / 3600);
    var m = Math.floor((total % 3600) / 60);
    var s = total % 60;
    return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + s + 'S';
  }

  global.XapiClient = {
    enabled: enabled,
    activityId: activityId,
    registration: registration,
    actor: actor,
    send: send,
    getState: getState,
    putState: putState,
    duration: duration,
    idle: function () { return chain; },
    pending: function () { return pending; },
    onError: function (fn) { errorListeners.push(fn); }
  };
}(window));
