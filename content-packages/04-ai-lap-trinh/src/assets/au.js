/*
 * Runtime shared by the AUs of module 4 (cmi5). Uses Rustici's cmi5.js (lib/cmi5.js, copied at build time) for
 * everything cmi5 defines: fetch → LMS.LaunchData → learner preferences → initialized (start()), completed(),
 * passed()/failed() with the masteryScore, terminated. Allowed statements (experienced, answered) are built with
 * cmi.prepareStatement(), which carries the session id and publisher id of the LaunchData context template.
 *
 * Progress is a JSON state document (stateId "hocso-progress") on the AU's activity id with the registration, so a
 * relaunch continues where the learner left off. Launched without cmi5 parameters, the AU runs as a preview.
 *
 * AU.init(options): options.items = practice items (see items.js); options.completeOnAllPages = send completed when
 * every page has been seen; options.onReady(api) = called once the session (or preview) is ready.
 */
(function (global) {
  'use strict';

  var STATE_ID = 'hocso-progress';
  var EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';
  var ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';

  /** The cmi5.js class: its UMD bundle sets self.Cmi5 in a browser (or a default export in other loaders). */
  function cmi5Class() {
    var c = global.Cmi5;
    if (typeof c === 'function') {
      return c;
    }
    if (c && typeof c.default === 'function') {
      return c.default;
    }
    return typeof global.default === 'function' ? global.default : null;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  var api = {
    cmi: null,
    live: false,
    normal: false,
    state: null,
    terminated: false,
    items: {},
    save: function () {},
    send: function () { return Promise.resolve(false); },
    answered: function () { return Promise.resolve(false); },
    notice: function (text) { byId('notice').textContent = text; },
    terminate: function () { return Promise.resolve(); },
    masteryScore: 0.8
  };

  function stateUrl(cmi) {
    return cmi.getEndpoint() + '/activities/state?' + new URLSearchParams({
      stateId: STATE_ID, activityId: cmi.getActivityId(), agent: JSON.stringify(cmi.getActor()),
      registration: cmi.getRegistration()
    }).toString();
  }

  function loadState(cmi) {
    return fetch(stateUrl(cmi), {
      headers: { 'Authorization': cmi.getAuth(), 'X-Experience-API-Version': '1.0.3' }, cache: 'no-store'
    }).then(function (res) {
      if (res.status === 404) {
        return null;
      }
      if (!res.ok) {
        throw new Error('state ' + res.status);
      }
      return res.json();
    });
  }

  var chain = Promise.resolve();
  function queue(task) {
    var p = chain.then(task).catch(function (err) {
      api.notice('Không gửi được dữ liệu học tập về hệ thống (' + (err && err.message ? err.message : err)
        + '). Kết quả trên trang vẫn hiển thị; hãy kiểm tra kết nối rồi mở lại bài.');
      return false;
    });
    chain = p;
    return p;
  }

  function init(options) {
    options = options || {};
    var pages = Array.prototype.slice.call(document.querySelectorAll('main section[data-page]'));
    var toc = byId('toc-list');
    var status = byId('page-status');
    var seenThisSession = {};
    api.state = { v: 1, page: pages[0].id, seen: [], practice: {}, completed: false, passed: false, failed: false,
      data: {} };

    function saveNow() {
      if (!api.live || api.terminated) {
        return Promise.resolve(false);
      }
      var body = JSON.stringify(api.state);
      var cmi = api.cmi;
      return queue(function () {
        return fetch(stateUrl(cmi), {
          method: 'PUT', body: body, keepalive: true,
          headers: { 'Authorization': cmi.getAuth(), 'X-Experience-API-Version': '1.0.3',
            'Content-Type': 'application/json' }
        }).then(function (res) {
          if (!res.ok) {
            throw new Error('state ' + res.status);
          }
          return true;
        });
      });
    }
    api.save = saveNow;

    /** Sends an allowed statement about a sub-activity of the AU (context from the LaunchData template). */
    api.send = function (verbId, display, subPath, definition, result) {
      if (!api.live || api.terminated) {
        return Promise.resolve(false);
      }
      var st = api.cmi.prepareStatement(verbId);
      st.verb.display = display;
      st.object = { id: api.cmi.getActivityId() + '/' + subPath, objectType: 'Activity', definition: definition };
      st.context.contextActivities.parent = [{ id: api.cmi.getActivityId() }];
      if (result) {
        st.result = result;
      }
      return queue(function () { return api.cmi.sendStatement(st); });
    };

    api.answered = function (item, response, success, extraResult) {
      var result = { response: response, success: success };
      Object.keys(extraResult || {}).forEach(function (k) { result[k] = extraResult[k]; });
      return api.send(ANSWERED, { 'vi-VN': 'đã trả lời', 'en-US': 'answered' }, 'interactions/' + item.id,
        Items.definition(item), result);
    };

    /** completed (once per registration), in Normal mode only. */
    api.completed = function () {
      if (!api.live || !api.normal || api.state.completed || api.terminated) {
        return Promise.resolve(false);
      }
      api.state.completed = true;
      saveNow();
      return queue(function () { return api.cmi.completed(); });
    };

    /** passed or failed with a scaled score (once per session; no failed after passed), in Normal mode only. */
    api.judge = function (score) {
      if (!api.live || !api.normal || api.terminated || api.state.passed) {
        return Promise.resolve(false);
      }
      var pass = score.scaled >= api.masteryScore;
      if (pass) {
        api.state.passed = true;
      } else {
        api.state.failed = true;
      }
      saveNow();
      return queue(function () { return pass ? api.cmi.passed(score) : api.cmi.failed(score); });
    };

    api.terminate = function () {
      if (!api.live || api.terminated) {
        return Promise.resolve(false);
      }
      return saveNow().then(function () {
        return queue(function () { return api.cmi.terminate(); });
      }).then(function () {
        api.terminated = true;
        var f = byId('finish');
        if (f) {
          f.disabled = true;
        }
        api.notice('Đã kết thúc phiên học và lưu kết quả. Thầy/cô có thể quay lại trang khóa học trên HocSo để mở '
          + 'bài tiếp theo.');
        document.body.setAttribute('data-terminated', 'true');
      });
    };

    /* pages */
    pages.forEach(function (p, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.id = 'toc-' + p.getAttribute('data-page');
      b.textContent = (i + 1) + '. ' + p.getAttribute('data-title');
      b.addEventListener('click', function () { show(p.id, true); });
      var li = document.createElement('li');
      li.appendChild(b);
      toc.appendChild(li);
    });

    function allSeen() {
      return pages.every(function (p) { return api.state.seen.indexOf(p.id) >= 0; });
    }

    function updateCompletion() {
      var box = byId('completion-status');
      if (!box || !options.completeOnAllPages) {
        return;
      }
      var seen = pages.filter(function (p) { return api.state.seen.indexOf(p.id) >= 0; }).length;
      box.textContent = api.state.completed
        ? 'Bài học đã được ghi nhận là hoàn thành.'
        : 'Thầy/cô đã xem ' + seen + '/' + pages.length + ' trang. Bài học được ghi nhận hoàn thành khi đã xem đủ '
          + 'tất cả các trang.';
    }

    function show(id, focus) {
      var index = 0;
      pages.forEach(function (p, i) {
        var on = p.id === id;
        p.hidden = !on;
        if (on) {
          index = i;
        }
        var b = byId('toc-' + p.getAttribute('data-page'));
        if (on) {
          b.setAttribute('aria-current', 'page');
        } else {
          b.removeAttribute('aria-current');
        }
        if (api.state.seen.indexOf(p.id) >= 0 && !b.querySelector('.seen')) {
          var mark = document.createElement('span');
          mark.className = 'seen';
          mark.textContent = ' ✓ đã xem';
          b.appendChild(mark);
        }
      });
      var page = pages[index];
      status.textContent = 'Trang ' + (index + 1) + '/' + pages.length + ': ' + page.getAttribute('data-title');
      byId('prev').disabled = index === 0;
      byId('next').disabled = index === pages.length - 1;
      api.state.page = id;
      if (api.state.seen.indexOf(id) < 0) {
        api.state.seen.push(id);
        var b2 = byId('toc-' + page.getAttribute('data-page'));
        var mark2 = document.createElement('span');
        mark2.className = 'seen';
        mark2.textContent = ' ✓ đã xem';
        b2.appendChild(mark2);
      }
      if (!seenThisSession[id]) {
        seenThisSession[id] = true;
        api.send(EXPERIENCED, { 'vi-VN': 'đã xem', 'en-US': 'experienced' }, 'pages/' + page.getAttribute('data-page'),
          { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'vi-VN': page.getAttribute('data-title') } });
      }
      if (options.completeOnAllPages && allSeen()) {
        api.completed().then(updateCompletion);
      }
      saveNow();
      updateCompletion();
      global.scrollTo(0, 0);
      if (focus) {
        var heading = page.querySelector('h2');
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    }
    api.show = show;

    byId('prev').addEventListener('click', function () { step(-1); });
    byId('next').addEventListener('click', function () { step(1); });
    function step(delta) {
      var i = pages.findIndex(function (p) { return !p.hidden; });
      show(pages[Math.min(pages.length - 1, Math.max(0, i + delta))].id, true);
    }
    var finish = byId('finish');
    if (finish) {
      finish.addEventListener('click', function () { api.terminate(); });
    }

    /* practice items */
    (options.items || []).forEach(function (item) {
      var mount = document.querySelector('[data-practice="' + item.id + '"]');
      api.items[item.id] = Items.render(item, mount, {
        onCheck: function (ui) {
          var response = ui.response();
          if (response == null) {
            ui.info(ui.missing());
            return;
          }
          var ok = ui.grade(response);
          ui.show(ok, response);
          api.state.practice[item.id] = { response: response, success: ok };
          saveNow();
          api.answered(item, response, ok);
        }
      });
    });

    function restorePractice() {
      Object.keys(api.state.practice || {}).forEach(function (id) {
        var ui = api.items[id];
        if (ui) {
          ui.set(api.state.practice[id].response);
          ui.show(api.state.practice[id].success, api.state.practice[id].response);
        }
      });
    }

    /* the session ends with the page: a terminated statement that survives unload (keepalive) */
    global.addEventListener('pagehide', function () {
      if (!api.live || api.terminated) {
        return;
      }
      api.terminated = true;
      var st = api.cmi.terminatedStatement();
      fetch(api.cmi.getEndpoint() + '/statements?statementId=' + encodeURIComponent(st.id), {
        method: 'PUT', keepalive: true, body: JSON.stringify(st),
        headers: { 'Authorization': api.cmi.getAuth(), 'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json' }
      });
    });

    function ready(kind) {
      restorePractice();
      show(byId(api.state.page) ? api.state.page : pages[0].id, false);
      if (options.onReady) {
        options.onReady(api, kind);
      }
      document.body.setAttribute('data-ready', kind);
    }

    var Cmi5 = cmi5Class();
    var params = new URLSearchParams(global.location.search);
    if (!Cmi5 || !params.get('fetch')) {
      api.notice('Chế độ xem thử: bài học không được mở từ HocSo nên kết quả sẽ không được ghi nhận.');
      ready('preview');
      return api;
    }
    var cmi;
    try {
      cmi = new Cmi5(global.location.href);
    } catch (e) {
      api.notice('Đường dẫn mở bài không hợp lệ (' + e.message + '). Hãy mở lại bài từ HocSo.');
      ready('error');
      return api;
    }
    api.cmi = cmi;
    cmi.start().then(function () {
      api.live = true;
      api.normal = cmi.getLaunchMode() === 'Normal';
      var ms = cmi.getMasteryScore();
      if (ms != null) {
        api.masteryScore = Number(ms);
      }
      return loadState(cmi).catch(function () { return null; });
    }).then(function (saved) {
      if (!api.live) {
        return;
      }
      var resumed = Boolean(saved && saved.v === 1);
      if (resumed) {
        api.state = saved;
        api.state.data = api.state.data || {};
        var page = byId(api.state.page);
        api.notice('Chào mừng thầy/cô quay lại! Bài học mở tiếp tại trang “'
          + (page ? page.getAttribute('data-title') : '') + '”, nơi thầy/cô dừng lần trước.');
      }
      if (!api.normal) {
        api.notice('Bài đang mở ở chế độ ' + (cmi.getLaunchMode() === 'Review' ? 'xem lại' : 'duyệt')
          + ': kết quả không được ghi nhận.');
      }
      ready(resumed ? 'resumed' : 'new');
    }, function (err) {
      api.notice('Không kết nối được với hệ thống để bắt đầu bài học (' + err.message + '). Hãy đóng trang và mở '
        + 'lại bài từ HocSo.');
      ready('error');
    });
    return api;
  }

  global.AU = { init: init };
}(window));
