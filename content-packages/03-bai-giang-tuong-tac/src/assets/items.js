/*
 * Interactive assessment items: rendering (accessible HTML form controls, no drag and drop), reading the response in
 * xAPI's response format, grading, and the xAPI cmi.interaction activity definition of an item.
 *
 * Item: {id, type: 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in', prompt, multiple (choice),
 *        choices [{id, text}] (choice, sequencing: in display order), source/target [{id, text}] (matching),
 *        correct: choice id or ids | true/false | {sourceId: targetId} | [ids in order] | accepted answers (fill-in),
 *        ok / bad: feedback shown when the answer is right / wrong}
 */
(function (global) {
  'use strict';

  var KIND = {
    'choice': 'Chọn một đáp án đúng nhất',
    'choice-multi': 'Chọn tất cả các đáp án đúng',
    'true-false': 'Đúng hay sai?',
    'matching': 'Ghép mỗi mục bên trái với một mục phù hợp',
    'sequencing': 'Sắp xếp theo đúng thứ tự: chọn vị trí cho từng bước',
    'fill-in': 'Điền câu trả lời'
  };

  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        e.textContent = attrs[k];
      } else if (k === 'html') {
        e.innerHTML = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }

  function kindOf(item) {
    return item.type === 'choice' && item.multiple ? 'choice-multi' : item.type;
  }

  function normalise(text) {
    return String(text).trim().toLowerCase().replace(/\s+/g, ' ').replace(/,/g, '.').replace(/\s*:\s*1$/, '')
      .replace(/\.$/, '');
  }

  /** The xAPI response string of a complete answer, or null when the learner has not answered (fully). */
  function responseOf(item, root) {
    var id = item.id;
    if (item.type === 'choice' || item.type === 'true-false') {
      var checked = Array.prototype.filter.call(root.querySelectorAll('input[name="' + id + '"]'),
        function (i) { return i.checked; }).map(function (i) { return i.value; });
      return checked.length ? checked.join('[,]') : null;
    }
    if (item.type === 'matching') {
      var pairs = [];
      for (var i = 0; i < item.source.length; i++) {
        var v = root.querySelector('#' + id + '-' + item.source[i].id).value;
        if (!v) {
          return null;
        }
        pairs.push(item.source[i].id + '[.]' + v);
      }
      return pairs.join('[,]');
    }
    if (item.type === 'sequencing') {
      var slots = [];
      for (var j = 0; j < item.choices.length; j++) {
        var pos = root.querySelector('#' + id + '-' + item.choices[j].id).value;
        if (!pos || slots[pos - 1]) {
          return null;
        }
        slots[pos - 1] = item.choices[j].id;
      }
      return slots.join('[,]');
    }
    var text = root.querySelector('#' + id + '-input').value;
    return text.trim() ? text.trim() : null;
  }

  /** Why the response is incomplete (for the learner), or null. */
  function missingReason(item, root) {
    if (item.type === 'sequencing') {
      var used = {};
      for (var j = 0; j < item.choices.length; j++) {
        var pos = root.querySelector('#' + item.id + '-' + item.choices[j].id).value;
        if (!pos) {
          return 'Hãy chọn vị trí cho tất cả các bước.';
        }
        if (used[pos]) {
          return 'Mỗi vị trí chỉ dùng cho một bước; vị trí ' + pos + ' đang được chọn hai lần.';
        }
        used[pos] = true;
      }
      return null;
    }
    if (item.type === 'matching') {
      return 'Hãy chọn một mục ghép cho từng dòng.';
    }
    if (item.type === 'fill-in') {
      return 'Hãy nhập câu trả lời vào ô trống.';
    }
    return item.multiple ? 'Hãy chọn ít nhất một đáp án.' : 'Hãy chọn một đáp án.';
  }

  function correctPattern(item) {
    switch (item.type) {
      case 'choice':
        return [].concat(item.correct).join('[,]');
      case 'true-false':
        return String(item.correct);
      case 'matching':
        return item.source.map(function (s) { return s.id + '[.]' + item.correct[s.id]; }).join('[,]');
      case 'sequencing':
        return item.correct.join('[,]');
      default:
        return item.correct[0];
    }
  }

  function grade(item, response) {
    if (response == null) {
      return false;
    }
    if (item.type === 'fill-in') {
      var r = normalise(response);
      return item.correct.some(function (a) { return normalise(a) === r; });
    }
    if (item.type === 'choice' && item.multiple) {
      var given = response.split('[,]').sort().join('[,]');
      return given === [].concat(item.correct).sort().join('[,]');
    }
    return response === correctPattern(item);
  }

  function lang(text) {
    return { 'vi-VN': text };
  }

  function plain(html) {
    var d = document.createElement('div');
    d.innerHTML = html;
    return d.textContent.replace(/\s+/g, ' ').trim();
  }

  /** The xAPI activity definition (type cmi.interaction) of an item. */
  function definition(item) {
    var d = {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      name: lang(item.name || plain(item.prompt).slice(0, 120)),
      description: lang(plain(item.prompt)),
      interactionType: item.type,
      correctResponsesPattern: [correctPattern(item)]
    };
    function comps(list) {
      return list.map(function (c) { return { id: c.id, description: lang(plain(c.text)) }; });
    }
    if (item.type === 'choice' || item.type === 'sequencing') {
      d.choices = comps(item.choices);
    }
    if (item.type === 'matching') {
      d.source = comps(item.source);
      d.target = comps(item.target);
    }
    return d;
  }

  /**
   * Renders an item. Returns a controller: response(), missing(), grade(response), show(correct, response),
   * info(text), set(response), disable(flag), clear(), focus().
   */
  function render(item, mount, opts) {
    opts = opts || {};
    var id = item.id;
    var root = h('div', { 'class': 'item', 'id': 'item-' + id, 'data-item-id': id });
    var legend = h('legend', { id: id + '-prompt' });
    if (opts.number) {
      legend.appendChild(h('span', { text: 'Câu ' + opts.number + '. ' }));
    }
    legend.appendChild(h('span', { html: item.prompt }));
    legend.appendChild(h('span', { 'class': 'kind', text: KIND[kindOf(item)] }));
    var fieldset = h('fieldset', {}, [legend]);

    if (item.type === 'choice' || item.type === 'true-false') {
      var options = item.type === 'true-false'
        ? [{ id: 'true', text: 'Đúng' }, { id: 'false', text: 'Sai' }] : item.choices;
      options.forEach(function (c) {
        var inputId = id + '-' + c.id;
        var input = h('input', {
          type: item.multiple ? 'checkbox' : 'radio', name: id, id: inputId, value: c.id
        });
        fieldset.appendChild(h('div', { 'class': 'option' }, [input, h('label', { 'for': inputId, html: c.text })]));
      });
    } else if (item.type === 'matching') {
      item.source.forEach(function (s) {
        var selectId = id + '-' + s.id;
        var select = h('select', { id: selectId }, [h('option', { value: '', text: '— Chọn —' })]);
        item.target.forEach(function (t) { select.appendChild(h('option', { value: t.id, text: plain(t.text) })); });
        fieldset.appendChild(h('div', { 'class': 'row' }, [h('label', { 'for': selectId, html: s.text }), select]));
      });
    } else if (item.type === 'sequencing') {
      item.choices.forEach(function (c) {
        var selectId = id + '-' + c.id;
        var select = h('select', { id: selectId }, [h('option', { value: '', text: '— Vị trí —' })]);
        for (var n = 1; n <= item.choices.length; n++) {
          select.appendChild(h('option', { value: String(n), text: 'Thứ ' + n }));
        }
        fieldset.appendChild(h('div', { 'class': 'row' }, [h('label', { 'for': selectId, html: c.text }), select]));
      });
    } else {
      var inputIdF = id + '-input';
      fieldset.appendChild(h('div', { 'class': 'row' }, [
        h('label', { 'for': inputIdF, text: item.label || 'Câu trả lời của bạn' }),
        h('input', { type: 'text', id: inputIdF, autocomplete: 'off', spellcheck: 'false' })
      ]));
    }
    root.appendChild(fieldset);

    var actions = null;
    if (opts.onCheck) {
      var check = h('button', { type: 'button', 'class': 'check', id: id + '-check', text: 'Kiểm tra' });
      check.addEventListener('click', function () { opts.onCheck(controller); });
      actions = h('div', { 'class': 'actions' }, [check]);
      root.appendChild(actions);
    }
    var feedback = h('div', { 'class': 'feedback', id: id + '-feedback', role: 'status', 'aria-live': 'polite' });
    root.appendChild(feedback);
    mount.appendChild(root);

    var controls = function () { return root.querySelectorAll('input, select, button.check'); };

    var controller = {
      item: item,
      root: root,
      response: function () { return responseOf(item, root); },
      missing: function () { return missingReason(item, root); },
      grade: function (response) { return grade(item, response); },
      show: function (correct, response) {
        feedback.className = 'feedback ' + (correct ? 'ok' : 'bad');
        feedback.innerHTML = '';
        feedback.appendChild(h('strong', { text: correct ? 'Chính xác!' : 'Chưa chính xác.' }));
        feedback.appendChild(h('p', { html: correct ? item.ok : item.bad }));
        if (!correct && opts.revealAnswer && item.answerText) {
          feedback.appendChild(h('p', { html: 'Đáp án đúng: ' + item.answerText }));
        }
      },
      info: function (text) {
        feedback.className = 'feedback info';
        feedback.textContent = text;
      },
      set: function (response) {
        if (response == null) {
          return;
        }
        if (item.type === 'choice' || item.type === 'true-false') {
          var vals = response.split('[,]');
          root.querySelectorAll('input[name="' + id + '"]').forEach(function (i) {
            i.checked = vals.indexOf(i.value) >= 0;
          });
        } else if (item.type === 'matching') {
          response.split('[,]').forEach(function (pair) {
            var p = pair.split('[.]');
            var s = root.querySelector('#' + id + '-' + p[0]);
            if (s) {
              s.value = p[1];
            }
          });
        } else if (item.type === 'sequencing') {
          response.split('[,]').forEach(function (cid, i) {
            var s = root.querySelector('#' + id + '-' + cid);
            if (s) {
              s.value = String(i + 1);
            }
          });
        } else {
          root.querySelector('#' + id + '-input').value = response;
        }
      },
      disable: function (flag) {
        controls().forEach(function (c) { c.disabled = flag; });
      },
      clear: function () {
        root.querySelectorAll('input[type="radio"], input[type="checkbox"]').forEach(function (i) {
          i.checked = false;
        });
        root.querySelectorAll('select').forEach(function (s) { s.value = ''; });
        root.querySelectorAll('input[type="text"]').forEach(function (i) { i.value = ''; });
        feedback.className = 'feedback';
        feedback.innerHTML = '';
      },
      focus: function () {
        var first = root.querySelector('input, select');
        if (first) {
          first.focus();
        }
      }
    };
    return controller;
  }

  global.Items = { render: render, grade: grade, definition: definition, correctPattern: correctPattern };
}(window));
