/*
 * Code runner (Web Worker) for the programming exercise. The page starts a fresh worker for every run and terminates
 * it after a time limit, so an endless loop cannot freeze the lesson. The learner's code is compiled with the Function
 * constructor inside the worker: no DOM, no access to the page or its LRS credential, and the network functions of
 * the worker scope are removed first. Only code typed in the page is run — nothing is loaded from elsewhere.
 *
 * Message in: {code, fn: function name, cases: [{args}]}. Message out: {compileError} or
 * {results: [{value, type, error}], logs: [string]}.
 */
/* eslint-env worker */
'use strict';

['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts', 'indexedDB', 'caches', 'BroadcastChannel']
  .forEach(function (name) {
    try {
      Object.defineProperty(self, name, { value: undefined, configurable: false, writable: false });
    } catch (e) {
      // not present in this browser
    }
  });

self.onmessage = function (event) {
  var data = event.data;
  var logs = [];
  var fakeConsole = {
    log: function () {
      if (logs.length < 50) {
        logs.push(Array.prototype.map.call(arguments, function (a) {
          try {
            return typeof a === 'string' ? a : JSON.stringify(a);
          } catch (e) {
            return String(a);
          }
        }).join(' '));
      }
    }
  };
  var fn;
  try {
    var factory = new Function('console', '"use strict";\n' + data.code + '\n;return typeof ' + data.fn
      + ' === "function" ? ' + data.fn + ' : undefined;');
    fn = factory(fakeConsole);
  } catch (e) {
    self.postMessage({ compileError: String(e && e.message ? e.message : e), logs: logs });
    return;
  }
  if (typeof fn !== 'function') {
    self.postMessage({ compileError: 'Không tìm thấy hàm ' + data.fn + ' trong mã.', logs: logs });
    return;
  }
  var results = data.cases.map(function (c) {
    try {
      var value = fn.apply(null, c.args);
      var type = typeof value;
      if (value === undefined) {
        value = '__undefined__';
      } else if (type === 'function' || type === 'symbol' || type === 'bigint') {
        value = String(value);
      } else if (type === 'object' && value !== null) {
        try {
          value = JSON.parse(JSON.stringify(value));
        } catch (e) {
          value = String(value);
        }
      }
      return { value: value, type: type };
    } catch (e) {
      return { error: String(e && e.message ? e.message : e) };
    }
  });
  self.postMessage({ results: results, logs: logs });
};
