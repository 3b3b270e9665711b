/*
 * Module 3 player: pages, practice items, final quiz, xAPI statements and resume.
 *
 * Statements (all with the launch registration; lessons and interactions have the course as grouping):
 *   attempted (first launch) / resumed (later launches) — the course
 *   experienced — a lesson page, once per page and launch
 *   answered — an interaction (cmi.interaction definition, result.response and result.success); quiz items carry
 *              the quiz attempt number as a context extension
 *   passed / failed — the course, when the final quiz is submitted (score scaled/raw/min/max, success, duration)
 *   completed — the course, once, the first time the quiz is passed
 * State (activities/state, stateId "hocso-progress", course activity, registration): the current page, pages seen,
 * practice answers, quiz attempts and the last quiz answers.
 */
(function () {
  'use strict';

  var D = window.ModuleData;
  var X = window.XapiClient;
  var STATE_ID = 'hocso-progress';
  var ATTEMPT_EXT = 'https://hocso.edu.vn/xapi/extensions/quiz-attempt';
  var COURSE = X.activityId || D.courseId;
  var started = Date.now();

  var VERB = {
    attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'vi-VN': 'đã bắt đầu', 'en-US': 'attempted' } },
    resumed: { id: 'http://adlnet.gov/expapi/verbs/resumed', display: { 'vi-VN': 'đã học tiếp', 'en-US': 'resumed' } },
    experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'vi-VN': 'đã xem', 'en-US': 'experienced' } },
    answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'vi-VN': 'đã trả lời', 'en-US': 'answered' } },
    passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'vi-VN': 'đã đạt', 'en-US': 'passed' } },
    failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'vi-VN': 'chưa đạt', 'en-US': 'failed' } },
    completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'vi-VN': 'đã hoàn thành', 'en-US': 'completed' } }
  };

  var pages = Array.prototype.slice.call(document.querySelectorAll('main section[data-page]'));
  var state = { v: 1, page: pages[0].id, seen: [], practice: {}, quiz: { attempts: 0, best: null, passed: false,
    completed: false, last: null } };
  var seenThisLaunch = {};
  var practiceUi = {};
  var quizUi = [];

  function courseObject() {
    return { id: COURSE, objectType: 'Activity', definition: {
      type: 'http://adlnet.gov/expapi/activities/course', name: { 'vi-VN': D.courseName } } };
  }

  function lessonId(page) {
    return D.courseId + '/lessons/' + page.getAttribute('data-page');
  }

  function lessonObject(page) {
    var isQuiz = page.getAttribute('data-page') === 'kiem-tra';
    return { id: lessonId(page), objectType: 'Activity', definition: {
      type: isQuiz ? 'http://adlnet.gov/expapi/activities/assessment' : 'http://adlnet.gov/expapi/activities/lesson',
      name: { 'vi-VN': page.getAttribute('data-title') } } };
  }

  function context(parent, extensions) {
    var c = {};
    if (parent) {
      c.contextActivities = { parent: [{ id: parent }] };
      if (parent !== COURSE) {
        c.contextActivities.grouping = [{ id: COURSE }];
      }
    }
    if (extensions) {
      c.extensions = extensions;
    }
    return c;
  }

  var saveTimer = null;
  function save(now) {
    state.savedAt = new Date().toISOString();
    window.clearTimeout(saveTimer);
    if (now) {
      return X.putState(STATE_ID, state, true);
    }
    saveTimer = window.setTimeout(function () { X.putState(STATE_ID, state); }, 250);
    return Promise.resolve(true);
  }

  var notice = document.getElementById('notice');
  X.onError(function (message) {
    notice.textContent = 'Không gửi được dữ liệu học tập về hệ thống (' + message + '). Kết quả trên trang vẫn '
      + 'hiển thị; hãy kiểm tra kết nối mạng rồi tải lại bài để tiếp tục ghi nhận.';
  });

  /* ---------- pages ---------- */

  var toc = document.getElementById('toc-list');
  var status = document.getElementById('page-status');

  function buildToc() {
    pages.forEach(function (p, i) {
      var b = document.createElement('button');
      b.type = 'button';
      b.id = 'toc-' + p.getAttribute('data-page');
      b.setAttribute('data-target', p.id);
      b.textContent = (i + 1) + '. ' + p.getAttribute('data-title');
      b.addEventListener('click', function () { show(p.id, true); });
      var li = document.createElement('li');
      li.appendChild(b);
      toc.appendChild(li);
    });
  }

  function markSeen() {
    pages.forEach(function (p) {
      var b = document.getElementById('toc-' + p.getAttribute('data-page'));
      var seen = state.seen.indexOf(p.id) >= 0;
      var mark = b.querySelector('.seen');
      if (seen && !mark) {
        mark = document.createElement('span');
        mark.className = 'seen';
        mark.textContent = ' ✓ đã xem';
        b.appendChild(mark);
      }
    });
  }

  function show(id, focus) {
    var index = 0;
    pages.forEach(function (p, i) {
      var on = p.id === id;
      p.hidden = !on;
      if (on) {
        index = i;
      }
      var b = document.getElementById('toc-' + p.getAttribute('data-page'));
      if (on) {
        b.setAttribute('aria-current', 'page');
      } else {
        b.removeAttribute('aria-current');
      }
    });
    var page = pages[index];
    status.textContent = 'Trang ' + (index + 1) + '/' + pages.length + ': ' + page.getAttribute('data-title');
    document.getElementById('prev').disabled = index === 0;
    document.getElementById('next').disabled = index === pages.length - 1;
    state.page = id;
    if (state.seen.indexOf(id) < 0) {
      state.seen.push(id);
    }
    markSeen();
    save();
    if (!seenThisLaunch[id]) {
      seenThisLaunch[id] = true;
      X.send({ verb: VERB.experienced, object: lessonObject(page), context: context(COURSE) });
    }
    window.scrollTo(0, 0);
    if (focus) {
      var heading = page.querySelector('h2');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  }

  function step(delta) {
    var i = pages.findIndex(function (p) { return !p.hidden; });
    var j = Math.min(pages.length - 1, Math.max(0, i + delta));
    show(pages[j].id, true);
  }

  /* ---------- interactions ---------- */

  function answered(item, response, success, parent, extensions) {
    return X.send({
      verb: VERB.answered,
      object: { id: D.courseId + '/interactions/' + item.id, objectType: 'Activity', definition: Items.definition(item) },
      result: { response: response, success: success },
      context: context(parent, extensions)
    });
  }

  function renderPractice() {
    D.practice.forEach(function (item) {
      var mount = document.querySelector('[data-practice="' + item.id + '"]');
      var page = mount.closest('section[data-page]');
      practiceUi[item.id] = Items.render(item, mount, {
        onCheck: function (ui) {
          var response = ui.response();
          if (response == null) {
            ui.info(ui.missing());
            return;
          }
          var ok = ui.grade(response);
          ui.show(ok, response);
          state.practice[item.id] = { response: response, success: ok };
          save();
          answered(item, response, ok, lessonId(page));
        }
      });
    });
  }

  var quizForm = document.getElementById('quiz-form');
  var quizMount = document.getElementById('quiz-items');
  var quizMessage = document.getElementById('quiz-message');
  var quizResult = document.getElementById('quiz-result');
  var submitButton = document.getElementById('quiz-submit');
  var retryButton = document.getElementById('quiz-retry');

  function renderQuiz() {
    D.quiz.forEach(function (item, i) {
      quizUi.push(Items.render(item, quizMount, { number: i + 1 }));
    });
  }

  function percent(x) {
    return Math.round(x * 100) + '%';
  }

  function showResult(correct, total, passed, attempt) {
    quizResult.hidden = false;
    quizResult.className = 'result-card ' + (passed ? 'passed' : 'failed');
    var needed = Math.ceil(D.passingScore * total);
    quizResult.innerHTML = '';
    var h = document.createElement('h3');
    h.id = 'quiz-result-heading';
    h.textContent = passed ? 'Chúc mừng thầy/cô đã đạt!' : 'Chưa đạt — hãy ôn lại và làm lại nhé';
    var p = document.createElement('p');
    p.id = 'quiz-score';
    p.textContent = 'Lần làm bài thứ ' + attempt + ': đúng ' + correct + '/' + total + ' câu (' + percent(correct / total)
      + '). Yêu cầu: từ ' + needed + '/' + total + ' câu (' + percent(D.passingScore) + ') trở lên.';
    var p2 = document.createElement('p');
    p2.textContent = passed
      ? 'Mô-đun đã được ghi nhận là hoàn thành. Thầy/cô có thể xem lại phản hồi của từng câu bên trên và trang Tài '
        + 'liệu tham khảo để đọc thêm.'
      : 'Xem phản hồi của các câu sai bên trên, đọc lại các bài liên quan (mục lục bên cạnh), rồi bấm “Làm lại bài '
        + 'kiểm tra”. Số lần làm lại không giới hạn.';
    quizResult.appendChild(h);
    quizResult.appendChild(p);
    quizResult.appendChild(p2);
    retryButton.hidden = false;
    retryButton.textContent = passed ? 'Làm lại để ôn tập' : 'Làm lại bài kiểm tra';
    submitButton.hidden = true;
  }

  function submitQuiz(event) {
    event.preventDefault();
    var responses = quizUi.map(function (ui) { return ui.response(); });
    var missing = [];
    responses.forEach(function (r, i) {
      if (r == null) {
        missing.push(i + 1);
        quizUi[i].info(quizUi[i].missing());
      }
    });
    if (missing.length) {
      quizMessage.textContent = 'Thầy/cô còn ' + missing.length + ' câu chưa trả lời đầy đủ: câu '
        + missing.join(', ') + '.';
      quizUi[missing[0] - 1].focus();
      return;
    }
    quizMessage.textContent = '';
    var attempt = state.quiz.attempts + 1;
    var ext = {};
    ext[ATTEMPT_EXT] = attempt;
    var quizPage = document.getElementById('page-kiem-tra');
    var correct = 0;
    quizUi.forEach(function (ui, i) {
      var ok = ui.grade(responses[i]);
      if (ok) {
        correct += 1;
      }
      ui.show(ok, responses[i]);
      ui.disable(true);
      answered(ui.item, responses[i], ok, lessonId(quizPage), ext);
    });
    var total = quizUi.length;
    var scaled = Math.round((correct / total) * 10000) / 10000;
    var passed = scaled >= D.passingScore;
    var score = { scaled: scaled, raw: correct, min: 0, max: total };
    var duration = X.duration(Date.now() - started);
    X.send({ verb: passed ? VERB.passed : VERB.failed, object: courseObject(),
      result: { score: score, success: passed, duration: duration }, context: context(null, ext) });
    if (passed && !state.quiz.completed) {
      state.quiz.completed = true;
      X.send({ verb: VERB.completed, object: courseObject(),
        result: { score: score, success: true, completion: true, duration: duration }, context: context(null, ext) });
    }
    state.quiz.attempts = attempt;
    state.quiz.best = Math.max(state.quiz.best || 0, scaled);
    state.quiz.passed = state.quiz.passed || passed;
    state.quiz.last = { responses: responses, correct: correct, total: total, passed: passed };
    save(true);
    showResult(correct, total, passed, attempt);
    document.getElementById('quiz-result-heading').setAttribute('tabindex', '-1');
    document.getElementById('quiz-result-heading').focus();
  }

  function retryQuiz() {
    quizUi.forEach(function (ui) {
      ui.clear();
      ui.disable(false);
    });
    state.quiz.last = null;
    save();
    quizResult.hidden = true;
    retryButton.hidden = true;
    submitButton.hidden = false;
    quizMessage.textContent = 'Lần làm bài mới đã sẵn sàng. Thứ tự câu hỏi giữ nguyên; hãy đọc kỹ phản hồi trước đó.';
    quizUi[0].focus();
  }

  /* ---------- resume ---------- */

  function restore(saved) {
    if (!saved || saved.v !== 1) {
      return false;
    }
    state = saved;
    Object.keys(state.practice || {}).forEach(function (id) {
      var ui = practiceUi[id];
      if (ui) {
        ui.set(state.practice[id].response);
        ui.show(state.practice[id].success, state.practice[id].response);
      }
    });
    var last = state.quiz && state.quiz.last;
    if (last) {
      quizUi.forEach(function (ui, i) {
        ui.set(last.responses[i]);
        ui.show(ui.grade(last.responses[i]), last.responses[i]);
        ui.disable(true);
      });
      showResult(last.correct, last.total, last.passed, state.quiz.attempts);
    }
    return true;
  }

  function start() {
    buildToc();
    renderPractice();
    renderQuiz();
    quizForm.addEventListener('submit', submitQuiz);
    retryButton.addEventListener('click', retryQuiz);
    document.getElementById('prev').addEventListener('click', function () { step(-1); });
    document.getElementById('next').addEventListener('click', function () { step(1); });
    document.querySelectorAll('[data-goto]').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        show(a.getAttribute('data-goto'), true);
      });
    });
    window.addEventListener('pagehide', function () { save(true); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        save(true);
      }
    });

    if (!X.enabled) {
      notice.textContent = 'Chế độ xem thử: bài học không được mở từ HocSo nên kết quả sẽ không được ghi nhận.';
      show(pages[0].id, false);
      document.body.setAttribute('data-ready', 'preview');
      return;
    }
    X.getState(STATE_ID).then(function (saved) {
      var resumed = restore(saved);
      X.send({ verb: resumed ? VERB.resumed : VERB.attempted, object: courseObject(), context: context(null) });
      if (resumed) {
        var title = document.getElementById(state.page) ? document.getElementById(state.page)
          .getAttribute('data-title') : '';
        notice.textContent = 'Chào mừng thầy/cô quay lại! Bài học mở tiếp tại trang “' + title + '”, nơi thầy/cô '
          + 'dừng lần trước.';
      }
      show(document.getElementById(state.page) ? state.page : pages[0].id, false);
      document.body.setAttribute('data-ready', resumed ? 'resumed' : 'new');
    }, function () {
      notice.textContent = 'Không đọc được tiến độ đã lưu; bài học bắt đầu từ trang đầu.';
      X.send({ verb: VERB.attempted, object: courseObject(), context: context(null) });
      show(pages[0].id, false);
      document.body.setAttribute('data-ready', 'new');
    });
  }

  start();
}());
