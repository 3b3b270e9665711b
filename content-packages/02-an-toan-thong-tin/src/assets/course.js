/*
 * HocSo course engine — plain ES5, no library, nothing loaded from elsewhere. Licence: CC BY 4.0, HocSo.
 *
 * The page holds <section class="page" id="..." data-title="..."> elements and sets window.COURSE before this script:
 *   standard   "1.2" | "2004"
 *   role       "lesson" (pages; completed at the last page) | "quiz" (completed when the quiz is submitted)
 *              | "pretest" (as quiz, and sets cmi.objectives.<id>.success_status per objective)
 *   passing    passing score 0..1 for the quiz (2004: cmi.scaled_passing_score wins when the LMS gives one)
 *   checks     {id: item} practice questions without score (rendered into <div data-check="id">)
 *   quiz       {items: [item...]} scored quiz (rendered into <div id="quiz">)
 *   objectives {id: [item ids]} pretest only: the objective is passed when every listed item is answered right
 * item: {id, type: "choice"|"tf", prompt (HTML), mock (HTML, optional), options [{id, text}] (choice), correct,
 *        feedback (HTML), objective (optional)}
 * Progress: bookmark = page id (cmi.core.lesson_location / cmi.location), suspend data = JSON of the visited pages,
 * the practice answers and the quiz state; the SCO exits with "suspend" whenever it is left, so it resumes there.
 */
(function () {
  'use strict';

  var C = window.COURSE;
  var v2004 = C.standard === '2004';
  var pages = Array.prototype.slice.call(document.querySelectorAll('section.page'));
  var started = new Date();
  var finished = false;

  // ---- runtime API -------------------------------------------------------------------------------------------

  function findApi(win) {
    var name = v2004 ? 'API_1484_11' : 'API';
    for (var i = 0; i < 10 && win; i++) {
      try {
        if (win[name]) {
          return win[name];
        }
      } catch (e) {
        return null; // another origin: stop the walk
      }
      if (!win.parent || win.parent === win) {
        break;
      }
      win = win.parent;
    }
    return null;
  }

  var api = findApi(window);
  if (!api) {
    try {
      api = window.opener ? findApi(window.opener) : null;
    } catch (e) {
      api = null;
    }
  }

  var K = v2004 ? {
    init: 'Initialize', get: 'GetValue', set: 'SetValue', commit: 'Commit', finish: 'Terminate',
    location: 'cmi.location', exit: 'cmi.exit', session: 'cmi.session_time', entry: 'cmi.entry'
  } : {
    init: 'LMSInitialize', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish',
    location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', session: 'cmi.core.session_time',
    entry: 'cmi.core.entry'
  };

  var lms = {
    ok: false,
    get: function (k) {
      return lms.ok ? String(api[K.get](k)) : '';
    },
    set: function (k, v) {
      if (lms.ok) {
        var r = api[K.set](k, String(v));
        if (String(r) !== 'true' && window.console) {
          console.warn('SetValue ' + k + ' = ' + v + ' → ' + api[v2004 ? 'GetLastError' : 'LMSGetLastError']());
        }
      }
    },
    commit: function () {
      if (lms.ok) {
        api[K.commit]('');
      }
    }
  };
  if (api) {
    lms.ok = String(api[K.init]('')) === 'true';
  }

  // ---- state --------------------------------------------------------------------------------------------------

  var state = { p: 0, v: '', c: {}, q: null, qn: 0 };
  var saved = lms.get('cmi.suspend_data');
  if (saved) {
    try {
      var s = JSON.parse(saved);
      state.p = s.p || 0;
      state.v = s.v || '';
      state.c = s.c || {};
      state.q = s.q || null;
      state.qn = s.qn || 0;
    } catch (e) {
      state = { p: 0, v: '', c: {}, q: null, qn: 0 };
    }
  }
  var bookmark = lms.get(K.location);
  pages.forEach(function (pg, i) {
    if (pg.id === bookmark) {
      state.p = i;
    }
  });
  if (state.p >= pages.length) {
    state.p = 0;
  }

  function visited(i) {
    return state.v.charAt(i) === '1';
  }

  function markVisited(i) {
    while (state.v.length < pages.length) {
      state.v += '0';
    }
    state.v = state.v.substring(0, i) + '1' + state.v.substring(i + 1);
  }

  function save() {
    lms.set(K.location, pages[state.p].id);
    lms.set('cmi.suspend_data', JSON.stringify(state));
  }

  // exit = suspend from the start: every commit already says "come back here", even if the last one is lost
  lms.set(K.exit, 'suspend');
  if (v2004) {
    if (lms.get('cmi.completion_status') !== 'completed') {
      lms.set('cmi.completion_status', 'incomplete');
    }
  } else {
    var st0 = lms.get('cmi.core.lesson_status');
    if (st0 === 'not attempted' || st0 === '') {
      lms.set('cmi.core.lesson_status', 'incomplete');
    }
  }

  // ---- layout -------------------------------------------------------------------------------------------------

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  var main = document.getElementById('main');
  var live = el('p', { 'class': 'sr-only', 'aria-live': 'polite', id: 'page-announce' });
  document.body.appendChild(live);

  var tocBox = document.getElementById('toc');
  if (tocBox && window.matchMedia && window.matchMedia('(max-width: 800px)').matches) {
    tocBox.open = false; // on a phone the contents list starts folded
  }
  var tocList = document.getElementById('toc-list');
  var tocButtons = pages.map(function (pg, i) {
    var li = el('li');
    var b = el('button', { type: 'button', 'class': 'toc-entry', 'data-page': pg.id });
    b.textContent = pg.getAttribute('data-title');
    b.addEventListener('click', function () {
      go(i);
      var d = document.getElementById('toc');
      if (d && d.open && window.matchMedia('(max-width: 800px)').matches) {
        d.open = false;
      }
    });
    li.appendChild(b);
    tocList.appendChild(li);
    return b;
  });

  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var counter = document.getElementById('counter');
  var bar = document.getElementById('progress-bar');
  prev.addEventListener('click', function () {
    go(state.p - 1);
  });
  next.addEventListener('click', function () {
    go(state.p + 1);
  });

  function go(i, initial) {
    if (i < 0 || i >= pages.length) {
      return;
    }
    pages.forEach(function (pg, j) {
      pg.hidden = j !== i;
    });
    state.p = i;
    markVisited(i);
    tocButtons.forEach(function (b, j) {
      if (j === i) {
        b.setAttribute('aria-current', 'page');
      } else {
        b.removeAttribute('aria-current');
      }
      b.classList.toggle('seen', visited(j));
    });
    prev.disabled = i === 0;
    next.disabled = i === pages.length - 1;
    counter.textContent = 'Trang ' + (i + 1) + '/' + pages.length;
    var seen = state.v.split('').filter(function (c) {
      return c === '1';
    }).length;
    bar.style.width = Math.round(100 * seen / pages.length) + '%';
    bar.parentNode.setAttribute('aria-valuenow', String(Math.round(100 * seen / pages.length)));
    if (!initial) {
      var h = pages[i].querySelector('h2, h1');
      if (h) {
        h.setAttribute('tabindex', '-1');
        h.focus();
      }
      window.scrollTo(0, 0);
      live.textContent = 'Trang ' + (i + 1) + ': ' + pages[i].getAttribute('data-title');
    }
    if (C.role === 'lesson' && i === pages.length - 1) {
      lessonDone();
    }
    if (v2004 && C.role === 'lesson') {
      lms.set('cmi.progress_measure', (seen / pages.length).toFixed(2));
    }
    save();
    lms.commit();
  }

  function lessonDone() {
    if (v2004) {
      lms.set('cmi.completion_status', 'completed');
      lms.set('cmi.success_status', 'passed');
      lms.set('cmi.progress_measure', '1');
    }
  }

  // ---- questions ----------------------------------------------------------------------------------------------

  function options(item) {
    if (item.type === 'tf') {
      return [{ id: 'true', text: 'Đúng' }, { id: 'false', text: 'Sai' }];
    }
    return item.options;
  }

  /** A fieldset with the item's radios; returns {box, value()}. */
  function renderItem(item, prefix, number) {
    var box = el('fieldset', { 'class': 'item', id: prefix + '-' + item.id });
    var legend = el('legend');
    legend.innerHTML = (number ? '<span class="qno">Câu ' + number + '.</span> ' : '') + item.prompt;
    box.appendChild(legend);
    if (item.mock) {
      var mock = el('div', { 'class': 'mock-wrap' });
      mock.innerHTML = item.mock;
      box.appendChild(mock);
    }
    var list = el('div', { 'class': 'choices' });
    options(item).forEach(function (o) {
      var id = prefix + '-' + item.id + '-' + o.id;
      var label = el('label', { 'for': id, 'class': 'choice' });
      var input = el('input', { type: 'radio', id: id, name: prefix + '-' + item.id, value: o.id });
      label.appendChild(input);
      var span = el('span');
      span.innerHTML = o.text;
      label.appendChild(span);
      list.appendChild(label);
    });
    box.appendChild(list);
    var fb = el('div', { 'class': 'feedback', 'aria-live': 'polite', id: prefix + '-' + item.id + '-feedback' });
    box.appendChild(fb);
    return {
      box: box,
      feedback: fb,
      value: function () {
        var c = box.querySelector('input:checked');
        return c ? c.value : null;
      },
      select: function (v) {
        var c = box.querySelector('input[value="' + v + '"]');
        if (c) {
          c.checked = true;
        }
      },
      lock: function (on) {
        Array.prototype.forEach.call(box.querySelectorAll('input'), function (x) {
          x.disabled = on;
        });
      }
    };
  }

  function optionText(item, id) {
    var found = options(item).filter(function (o) {
      return o.id === id;
    })[0];
    var d = el('div');
    d.innerHTML = found ? found.text : id;
    return d.textContent;
  }

  function showFeedback(view, item, answer) {
    var right = answer === item.correct;
    view.feedback.className = 'feedback ' + (right ? 'ok' : 'wrong');
    view.feedback.innerHTML = '<p><strong>' + (right ? 'Chính xác.' : 'Chưa đúng.') + '</strong> Đáp án: '
      + '<em></em>.</p><p>' + item.feedback + '</p>';
    view.feedback.querySelector('em').textContent = optionText(item, item.correct);
  }

  // practice checks: no score, the answer is kept in suspend data
  Array.prototype.forEach.call(document.querySelectorAll('[data-check]'), function (holder) {
    var item = C.checks[holder.getAttribute('data-check')];
    var view = renderItem(item, 'check');
    holder.appendChild(view.box);
    var button = el('button', { type: 'button', 'class': 'btn' }, 'Kiểm tra');
    var hint = el('p', { 'class': 'hint', 'aria-live': 'polite' });
    view.box.insertBefore(button, view.feedback);
    view.box.insertBefore(hint, view.feedback);
    button.addEventListener('click', function () {
      var a = view.value();
      if (!a) {
        hint.textContent = 'Hãy chọn một phương án trước khi kiểm tra.';
        return;
      }
      hint.textContent = '';
      state.c[item.id] = a;
      showFeedback(view, item, a);
      save();
      lms.commit();
    });
    if (state.c[item.id]) {
      view.select(state.c[item.id]);
      showFeedback(view, item, state.c[item.id]);
    }
  });

  // ---- scored quiz --------------------------------------------------------------------------------------------

  var quizBox = document.getElementById('quiz');
  if (quizBox && C.quiz) {
    var items = C.quiz.items;
    var views = items.map(function (item, n) {
      var v = renderItem(item, 'q', n + 1);
      quizBox.appendChild(v.box);
      return v;
    });
    var submit = el('button', { type: 'button', 'class': 'btn primary', id: 'quiz-submit' }, 'Nộp bài');
    var retry = el('button', { type: 'button', 'class': 'btn', id: 'quiz-retry', hidden: 'hidden' },
      'Làm lại bài kiểm tra');
    var result = el('div', { 'class': 'result', id: 'quiz-result', 'aria-live': 'polite', tabindex: '-1' });
    var actions = el('div', { 'class': 'quiz-actions' });
    actions.appendChild(submit);
    actions.appendChild(retry);
    quizBox.appendChild(actions);
    quizBox.appendChild(result);
    var shown = new Date();

    var passing = C.passing;
    if (v2004) {
      var sps = parseFloat(lms.get('cmi.scaled_passing_score'));
      if (!isNaN(sps)) {
        passing = sps;
      }
    }

    submit.addEventListener('click', function () {
      var answers = views.map(function (v) {
        return v.value();
      });
      var missing = answers.indexOf(null);
      if (missing >= 0) {
        result.className = 'result wrong';
        result.textContent = 'Bạn còn ' + answers.filter(function (a) {
          return a === null;
        }).length + ' câu chưa trả lời (câu đầu tiên: câu ' + (missing + 1) + ').';
        views[missing].box.querySelector('input').focus();
        return;
      }
      grade(answers, true);
    });

    retry.addEventListener('click', function () {
      state.q = null;
      views.forEach(function (v) {
        v.lock(false);
        Array.prototype.forEach.call(v.box.querySelectorAll('input'), function (x) {
          x.checked = false;
        });
        v.feedback.className = 'feedback';
        v.feedback.innerHTML = '';
      });
      submit.hidden = false;
      retry.hidden = true;
      result.className = 'result';
      result.textContent = '';
      shown = new Date();
      save();
      lms.commit();
      views[0].box.querySelector('input').focus();
    });

    var restore = function () {
      if (state.q && state.q.a) {
        state.q.a.split(',').forEach(function (a, n) {
          views[n].select(a);
        });
        grade(state.q.a.split(','), false);
      }
    };

    var grade = function (answers, fresh) {
      var right = 0;
      items.forEach(function (item, n) {
        showFeedback(views[n], item, answers[n]);
        views[n].lock(true);
        if (answers[n] === item.correct) {
          right += 1;
        }
      });
      var scaled = right / items.length;
      var pct = Math.round(scaled * 100);
      var passed = scaled >= passing - 1e-9;
      submit.hidden = true;
      retry.hidden = false;
      result.className = 'result ' + (passed ? 'ok' : 'wrong');
      var msg = 'Bạn trả lời đúng ' + right + '/' + items.length + ' câu (' + pct + ' %). ';
      if (C.role === 'pretest') {
        msg += passedObjectivesText(answers);
      } else {
        msg += passed ? 'Bạn đã ĐẠT (yêu cầu ' + Math.round(passing * 100) + ' %). Chúc mừng!'
          : 'Bạn CHƯA ĐẠT (yêu cầu ' + Math.round(passing * 100) + ' %). Hãy đọc phần giải thích dưới mỗi câu, '
            + 'xem lại bài học rồi bấm “Làm lại bài kiểm tra”.';
      }
      result.textContent = msg;
      if (!fresh) {
        return;
      }
      state.qn += 1;
      state.q = { a: answers.join(','), s: pct };
      record(answers, (new Date() - shown) / 1000);
      if (v2004) {
        lms.set('cmi.score.raw', String(right));
        lms.set('cmi.score.min', '0');
        lms.set('cmi.score.max', String(items.length));
        lms.set('cmi.score.scaled', scaled.toFixed(4).replace(/0+$/, '').replace(/\.$/, ''));
        lms.set('cmi.completion_status', 'completed');
        if (C.role === 'pretest') {
          setObjectives(answers);
        } else {
          lms.set('cmi.success_status', passed ? 'passed' : 'failed');
        }
      } else {
        lms.set('cmi.core.score.min', '0');
        lms.set('cmi.core.score.max', '100');
        lms.set('cmi.core.score.raw', String(pct));
        lms.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      }
      save();
      lms.commit();
      result.focus();
    };

    var objectiveResults = function (answers) {
      var out = {};
      Object.keys(C.objectives || {}).forEach(function (obj) {
        out[obj] = C.objectives[obj].every(function (id) {
          var n = items.map(function (i) {
            return i.id;
          }).indexOf(id);
          return answers[n] === items[n].correct;
        });
      });
      return out;
    };

    var passedObjectivesText = function (answers) {
      var res = objectiveResults(answers);
      var names = Object.keys(res).filter(function (o) {
        return res[o];
      }).map(function (o) {
        return C.objectiveNames[o];
      });
      return names.length ? 'Bạn được miễn học các phần: ' + names.join('; ') + '. Các phần còn lại vẫn cần học '
        + 'theo thứ tự. Bấm “Tiếp tục” để đi tiếp.' : 'Bạn chưa được miễn phần nào; hãy học lần lượt từng phần. '
        + 'Bấm “Tiếp tục” để bắt đầu.';
    };

    var setObjectives = function (answers) {
      var res = objectiveResults(answers);
      var count = parseInt(lms.get('cmi.objectives._count'), 10) || 0;
      var index = {};
      for (var i = 0; i < count; i++) {
        index[lms.get('cmi.objectives.' + i + '.id')] = i;
      }
      Object.keys(res).forEach(function (obj) {
        var n = index[obj];
        if (n === undefined) {
          n = count;
          count += 1;
          lms.set('cmi.objectives.' + n + '.id', obj);
        }
        if (res[obj]) {
          lms.set('cmi.objectives.' + n + '.success_status', 'passed');
          lms.set('cmi.objectives.' + n + '.completion_status', 'completed');
        }
      });
    };

    var pad = function (n) {
      return (n < 10 ? '0' : '') + n;
    };

    var record = function (answers, seconds) {
      var base = parseInt(lms.get('cmi.interactions._count'), 10) || 0;
      var now = new Date();
      var each = Math.max(1, Math.round(seconds / items.length));
      items.forEach(function (item, n) {
        var p = 'cmi.interactions.' + (base + n) + '.';
        var right = answers[n] === item.correct;
        lms.set(p + 'id', item.id);
        lms.set(p + 'type', item.type === 'tf' ? 'true-false' : 'choice');
        if (item.objective) {
          lms.set(p + 'objectives.0.id', item.objective);
        }
        lms.set(p + 'weighting', '1');
        if (v2004) {
          lms.set(p + 'timestamp', now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate())
            + 'T' + pad(now.getHours()) + ':' + pad(now.getMinutes()) + ':' + pad(now.getSeconds()));
          var d = el('div');
          d.innerHTML = item.prompt;
          lms.set(p + 'description', d.textContent.substring(0, 250));
          lms.set(p + 'correct_responses.0.pattern', item.correct);
          lms.set(p + 'learner_response', answers[n]);
          lms.set(p + 'result', right ? 'correct' : 'incorrect');
          lms.set(p + 'latency', 'PT' + each + 'S');
        } else {
          lms.set(p + 'time', pad(now.getHours()) + ':' + pad(now.getMinutes()) + ':' + pad(now.getSeconds()));
          lms.set(p + 'correct_responses.0.pattern', tf12(item, item.correct));
          lms.set(p + 'student_response', tf12(item, answers[n]));
          lms.set(p + 'result', right ? 'correct' : 'wrong');
          lms.set(p + 'latency', '00:' + pad(Math.floor(each / 60) % 60) + ':' + pad(each % 60));
        }
      });
    };

    var tf12 = function (item, v) {
      return item.type === 'tf' ? (v === 'true' ? 't' : 'f') : v;
    };

    restore();
  }

  // ---- leaving ------------------------------------------------------------------------------------------------

  function sessionTime() {
    var s = Math.max(0, Math.round((new Date() - started) / 1000));
    if (v2004) {
      return 'PT' + s + 'S';
    }
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var r = s % 60;
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m + ':' + (r < 10 ? '0' : '') + r;
  }

  /** Ends the session with exit=suspend (resume at the bookmark next time); 2004: an optional navigation request. */
  function finish(navRequest) {
    if (finished || !lms.ok) {
      return;
    }
    finished = true;
    save();
    lms.set(K.exit, 'suspend');
    lms.set(K.session, sessionTime());
    if (v2004 && navRequest) {
      lms.set('adl.nav.request', navRequest);
    }
    lms.commit();
    api[K.finish]('');
  }

  window.addEventListener('pagehide', function () {
    finish(null);
  });
  window.addEventListener('beforeunload', function () {
    finish(null);
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-nav]'), function (b) {
    b.addEventListener('click', function () {
      finish(b.getAttribute('data-nav'));
    });
  });

  if (!lms.ok) {
    var warn = document.getElementById('no-lms');
    if (warn) {
      warn.hidden = false;
    }
  }

  window.HocSoCourse = { go: go, finish: finish, state: function () { return state; } };
  go(state.p, true);
  main.removeAttribute('aria-busy');
}());
