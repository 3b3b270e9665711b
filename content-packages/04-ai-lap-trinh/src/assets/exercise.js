/*
 * AU 4 programming exercise: the learner writes diemTrungBinhMon(thuongXuyen, giuaKy, cuoiKy) in the page. "Chạy thử"
 * runs the visible examples; "Nộp bài" runs 12 hidden test cases. Each run happens in a fresh Web Worker
 * (assets/runner.js) that is terminated after a time limit. A submission sends an "answered" statement (the code as
 * response, score, success); a scaled score ≥ the launch's masteryScore sends cmi5 "passed" (moveOn Passed).
 * A score below it sends nothing judged: the learner fixes the code and submits again in the same session.
 */
(function (global) {
  'use strict';

  var FN = 'diemTrungBinhMon';
  var TIME_LIMIT_MS = 2000;

  var EXAMPLES = [
    { args: [[8, 9], 7, 8], expected: 7.9, text: 'diemTrungBinhMon([8, 9], 7, 8)' },
    { args: [[9, 10, 8, 9], 8.5, 9], expected: 8.9, text: 'diemTrungBinhMon([9, 10, 8, 9], 8.5, 9)' },
    { args: [[8, 12], 7, 8], expected: null, text: 'diemTrungBinhMon([8, 12], 7, 8)' }
  ];

  var HIDDEN = [
    { args: [[8, 9], 7, 8], expected: 7.9, text: 'Hai điểm thường xuyên' },
    { args: [[10, 10, 10], 10, 10], expected: 10, text: 'Toàn điểm 10' },
    { args: [[5, 6, 7, 8], 6.5, 7], expected: 6.7, text: 'Bốn điểm thường xuyên, điểm lẻ' },
    { args: [[0, 0], 0, 0], expected: 0, text: 'Toàn điểm 0' },
    { args: [[9], 8, 9.5], expected: 8.9, text: 'Chỉ một điểm thường xuyên' },
    { args: [[7, 7.5, 8], 6, 5.5], expected: 6.4, text: 'Làm tròn lên (6,375 → 6,4)' },
    { args: [[4, 5], 3, 4.5], expected: 4.1, text: 'Điểm thấp' },
    { args: [[8, 11], 7, 8], expected: null, text: 'Điểm thường xuyên lớn hơn 10' },
    { args: [[], 7, 8], expected: null, text: 'Không có điểm thường xuyên nào' },
    { args: [[6, 7], '8', 9], expected: null, text: 'Điểm giữa kỳ là chuỗi chữ, không phải số' },
    { args: [[6, 7], 8, -1], expected: null, text: 'Điểm cuối kỳ âm' },
    { args: [[7, 8, 9], 8, 10.5], expected: null, text: 'Điểm cuối kỳ lớn hơn 10' }
  ];

  var ITEM = {
    id: 'bai-tap-diem-trung-binh', type: 'long-fill-in',
    name: 'Bài tập lập trình: hàm diemTrungBinhMon',
    prompt: 'Viết hàm JavaScript diemTrungBinhMon(thuongXuyen, giuaKy, cuoiKy) tính điểm trung bình môn học kỳ theo '
      + 'Thông tư 22/2021/TT-BGDĐT, làm tròn đến một chữ số thập phân, trả về null khi dữ liệu không hợp lệ.'
  };

  function definition() {
    return {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: { 'vi-VN': ITEM.name },
      description: { 'vi-VN': ITEM.prompt },
      interactionType: 'long-fill-in'
    };
  }

  function show(value) {
    if (value === '__undefined__') {
      return 'undefined';
    }
    if (value === null) {
      return 'null';
    }
    if (typeof value === 'string') {
      return '"' + value + '"';
    }
    if (typeof value === 'number') {
      return String(value).replace('.', ',');
    }
    return JSON.stringify(value);
  }

  function same(expected, result) {
    if (!result || result.error) {
      return false;
    }
    if (expected === null) {
      return result.value === null;
    }
    return typeof result.value === 'number' && Math.abs(result.value - expected) < 1e-9;
  }

  /** Runs the cases in a fresh worker; resolves {results, logs} or {compileError} or {timeout}. */
  function run(code, cases) {
    return new Promise(function (resolve) {
      var worker = new Worker('../assets/runner.js');
      var timer = global.setTimeout(function () {
        worker.terminate();
        resolve({ timeout: true });
      }, TIME_LIMIT_MS);
      worker.onmessage = function (e) {
        global.clearTimeout(timer);
        worker.terminate();
        resolve(e.data);
      };
      worker.onerror = function (e) {
        global.clearTimeout(timer);
        worker.terminate();
        e.preventDefault();
        resolve({ compileError: e.message || 'Lỗi khi chạy mã' });
      };
      worker.postMessage({ code: code, fn: FN, cases: cases.map(function (c) { return { args: c.args }; }) });
    });
  }

  function table(cases, outcome, showArgs) {
    var t = document.createElement('table');
    t.className = 'results';
    t.innerHTML = '<caption class="visually-hidden">Kết quả từng trường hợp kiểm thử</caption><thead><tr>'
      + '<th scope="col">Trường hợp</th><th scope="col">Mong đợi</th><th scope="col">Hàm của bạn trả về</th>'
      + '<th scope="col">Kết quả</th></tr></thead>';
    var body = document.createElement('tbody');
    cases.forEach(function (c, i) {
      var r = outcome.results[i];
      var ok = same(c.expected, r);
      var tr = document.createElement('tr');
      var cells = [showArgs ? c.text : c.text, show(c.expected), r.error ? 'Lỗi: ' + r.error : show(r.value),
        ok ? '✓ Đạt' : '✗ Chưa đạt'];
      cells.forEach(function (text, j) {
        var td = document.createElement(j === 0 ? 'th' : 'td');
        if (j === 0) {
          td.setAttribute('scope', 'row');
        }
        if (j === 0 && showArgs) {
          var code = document.createElement('code');
          code.textContent = text;
          td.appendChild(code);
        } else {
          td.textContent = text;
        }
        if (j === 3) {
          td.className = ok ? 'ok' : 'bad';
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.appendChild(body);
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.appendChild(t);
    return wrap;
  }

  function setup(api) {
    var editor = document.getElementById('code');
    var output = document.getElementById('run-output');
    var result = document.getElementById('submit-result');
    var runButton = document.getElementById('run');
    var submitButton = document.getElementById('submit');
    var resetButton = document.getElementById('reset-code');
    var starter = editor.value;
    var data = api.state.data;
    if (data.code) {
      editor.value = data.code;
    }
    if (api.state.passed) {
      result.className = 'result-card passed';
      result.textContent = 'Thầy/cô đã đạt bài tập này (' + Math.round((data.best || 1) * 100) + '% trường hợp kiểm '
        + 'thử). Có thể tiếp tục thử nghiệm với mã của mình; kết quả đạt đã được ghi nhận.';
    }
    var saveTimer = null;
    editor.addEventListener('input', function () {
      data.code = editor.value;
      global.clearTimeout(saveTimer);
      saveTimer = global.setTimeout(api.save, 800);
    });
    resetButton.addEventListener('click', function () {
      editor.value = starter;
      data.code = starter;
      api.save();
      editor.focus();
    });

    function busy(flag) {
      runButton.disabled = flag;
      submitButton.disabled = flag;
    }

    function problem(outcome, box) {
      box.innerHTML = '';
      var p = document.createElement('p');
      p.className = 'feedback bad';
      p.textContent = outcome.timeout
        ? 'Mã chạy quá ' + TIME_LIMIT_MS / 1000 + ' giây nên đã bị dừng. Có thể có một vòng lặp không bao giờ kết '
          + 'thúc; hãy kiểm tra điều kiện dừng của vòng lặp.'
        : 'Mã chưa chạy được: ' + outcome.compileError + '. Hãy kiểm tra dấu ngoặc, dấu chấm phẩy và tên hàm.';
      box.appendChild(p);
    }

    runButton.addEventListener('click', function () {
      busy(true);
      output.textContent = 'Đang chạy…';
      data.code = editor.value;
      api.save();
      run(editor.value, EXAMPLES).then(function (outcome) {
        busy(false);
        if (!outcome.results) {
          problem(outcome, output);
          return;
        }
        output.innerHTML = '';
        var passed = EXAMPLES.filter(function (c, i) { return same(c.expected, outcome.results[i]); }).length;
        var p = document.createElement('p');
        p.textContent = 'Chạy thử với ' + EXAMPLES.length + ' ví dụ: đạt ' + passed + '/' + EXAMPLES.length + '.'
          + (passed === EXAMPLES.length ? ' Tốt lắm! Hãy bấm “Nộp bài” để kiểm tra với các trường hợp ẩn.' : '');
        output.appendChild(p);
        output.appendChild(table(EXAMPLES, outcome, true));
        if (outcome.logs && outcome.logs.length) {
          var pre = document.createElement('pre');
          pre.textContent = 'console.log:\n' + outcome.logs.join('\n');
          output.appendChild(pre);
        }
      });
    });

    submitButton.addEventListener('click', function () {
      busy(true);
      result.className = 'result-card';
      result.textContent = 'Đang chấm…';
      output.innerHTML = '';
      data.code = editor.value;
      run(editor.value, HIDDEN).then(function (outcome) {
        busy(false);
        data.submissions = (data.submissions || 0) + 1;
        var correct = outcome.results
          ? HIDDEN.filter(function (c, i) { return same(c.expected, outcome.results[i]); }).length : 0;
        var scaled = Math.round((correct / HIDDEN.length) * 10000) / 10000;
        var pass = scaled >= api.masteryScore;
        data.best = Math.max(data.best || 0, scaled);
        api.save();
        var score = { scaled: scaled, raw: correct, min: 0, max: HIDDEN.length };
        api.send('http://adlnet.gov/expapi/verbs/answered', { 'vi-VN': 'đã trả lời', 'en-US': 'answered' },
          'interactions/' + ITEM.id, definition(),
          { response: editor.value.slice(0, 8000), success: pass, score: score });
        var firstPass = pass && !api.state.passed;
        if (pass) {
          api.judge(score);
        }
        result.innerHTML = '';
        result.className = 'result-card ' + (pass ? 'passed' : 'failed');
        var h = document.createElement('h3');
        h.id = 'submit-heading';
        h.tabIndex = -1;
        h.textContent = pass ? 'Đạt! Hàm của thầy/cô vượt qua ' + correct + '/' + HIDDEN.length + ' trường hợp.'
          : 'Chưa đạt: ' + correct + '/' + HIDDEN.length + ' trường hợp đúng.';
        result.appendChild(h);
        var p = document.createElement('p');
        p.id = 'submit-score';
        p.textContent = 'Lần nộp thứ ' + data.submissions + ': ' + Math.round(scaled * 100) + '%. Yêu cầu: từ '
          + Math.round(api.masteryScore * 100) + '% (' + Math.ceil(api.masteryScore * HIDDEN.length) + '/'
          + HIDDEN.length + ' trường hợp).'
          + (pass ? (firstPass ? ' Kết quả đạt đã được ghi nhận.' : '') : ' Hãy xem các trường hợp chưa đạt, sửa mã '
            + 'rồi nộp lại; không giới hạn số lần nộp.');
        result.appendChild(p);
        if (outcome.results) {
          result.appendChild(table(HIDDEN, outcome, false));
        } else {
          var box = document.createElement('div');
          problem(outcome, box);
          result.appendChild(box);
        }
        h.focus();
      });
    });
  }

  global.Exercise = { setup: setup, HIDDEN: HIDDEN, EXAMPLES: EXAMPLES };
}(window));
