/*
 * AU 5 final quiz (moveOn CompletedAndPassed, masteryScore from the launch). Submitting all 12 items sends one
 * "answered" per item, then cmi5 "completed" (once per registration: the quiz was taken in full) and "passed" or
 * "failed" with the scaled score, then terminates the session (each session id marks one attempt): cmi5 allows one passed/failed per session, so a new
 * attempt is a new launch from HocSo. Once passed, the quiz can be retaken for practice without a judgement.
 */
(function (global) {
  'use strict';

  function setup(api) {
    var items = global.ModuleData.quiz;
    var mount = document.getElementById('quiz-items');
    var form = document.getElementById('quiz-form');
    var message = document.getElementById('quiz-message');
    var resultBox = document.getElementById('quiz-result');
    var submit = document.getElementById('quiz-submit');
    var retry = document.getElementById('quiz-retry');
    var data = api.state.data;
    var uis = items.map(function (item, i) { return Items.render(item, mount, { number: i + 1 }); });
    var total = items.length;
    var needed = Math.ceil(api.masteryScore * total);
    document.getElementById('quiz-needed').textContent = needed + '/' + total + ' câu ('
      + Math.round(api.masteryScore * 100) + '%)';

    if (data.last) {
      var intro = document.getElementById('quiz-previous');
      intro.textContent = 'Lần làm bài trước (lần ' + data.attempts + '): đúng ' + data.last.correct + '/' + total
        + ' câu, ' + (data.last.passed ? 'đạt.' : 'chưa đạt.')
        + (api.state.passed ? ' Thầy/cô đã đạt bài kiểm tra; có thể làm lại để ôn tập (không ghi nhận điểm mới).'
          : ' Đây là lượt làm bài mới; hãy xem lại các bài học liên quan trước khi làm.');
    }

    function showResult(correct, passed, judged, attempt) {
      resultBox.hidden = false;
      resultBox.className = 'result-card ' + (passed ? 'passed' : 'failed');
      resultBox.innerHTML = '';
      var h = document.createElement('h3');
      h.id = 'quiz-result-heading';
      h.tabIndex = -1;
      h.textContent = passed ? 'Chúc mừng thầy/cô đã đạt!' : 'Chưa đạt lần này';
      var p = document.createElement('p');
      p.id = 'quiz-score';
      p.textContent = 'Lần làm bài thứ ' + attempt + ': đúng ' + correct + '/' + total + ' câu ('
        + Math.round(correct / total * 100) + '%). Yêu cầu: từ ' + needed + '/' + total + ' câu.';
      var next = document.createElement('p');
      if (!judged) {
        next.textContent = 'Đây là lượt ôn tập: kết quả đạt trước đó vẫn được giữ nguyên.';
      } else if (passed) {
        next.textContent = 'Kết quả đã được ghi nhận. Khi tất cả các bài của mô-đun đạt yêu cầu, HocSo sẽ ghi nhận '
          + 'thầy/cô hoàn thành mô-đun.';
      } else {
        next.textContent = 'Xem phản hồi của từng câu bên trên và ôn lại các bài liên quan. Để làm lượt mới, hãy quay '
          + 'lại trang khóa học trên HocSo và mở lại “Bài kiểm tra cuối mô-đun”: mỗi lần mở là một lượt làm bài mới.';
      }
      resultBox.appendChild(h);
      resultBox.appendChild(p);
      resultBox.appendChild(next);
      submit.hidden = true;
      retry.hidden = judged && api.live;
      h.focus();
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var responses = uis.map(function (ui) { return ui.response(); });
      var missing = [];
      responses.forEach(function (r, i) {
        if (r == null) {
          missing.push(i + 1);
          uis[i].info(uis[i].missing());
        }
      });
      if (missing.length) {
        message.textContent = 'Thầy/cô còn ' + missing.length + ' câu chưa trả lời đầy đủ: câu ' + missing.join(', ')
          + '.';
        uis[missing[0] - 1].focus();
        return;
      }
      message.textContent = '';
      var attempt = (data.attempts || 0) + 1;
      data.attempts = attempt;
      var correct = 0;
      uis.forEach(function (ui, i) {
        var ok = ui.grade(responses[i]);
        if (ok) {
          correct += 1;
        }
        ui.show(ok, responses[i]);
        ui.disable(true);
        api.answered(ui.item, responses[i], ok);
      });
      var scaled = Math.round(correct / total * 10000) / 10000;
      var passed = scaled >= api.masteryScore;
      var judged = api.live && api.normal && !api.state.passed;
      data.last = { correct: correct, passed: passed };
      api.save();
      if (judged) {
        api.completed();
        api.judge({ scaled: scaled, raw: correct, min: 0, max: total });
        api.terminate();
      }
      showResult(correct, passed, judged, attempt);
    });

    retry.addEventListener('click', function () {
      uis.forEach(function (ui) {
        ui.clear();
        ui.disable(false);
      });
      resultBox.hidden = true;
      retry.hidden = true;
      submit.hidden = false;
      message.textContent = 'Lượt ôn tập mới đã sẵn sàng.';
      uis[0].focus();
    });
  }

  global.Quiz = { setup: setup };
}(window));
