// Package upload with a real progress bar: bytes sent (XMLHttpRequest upload progress), then "processing" while the
// server checks and imports the archive, then the result or the server's error message (problem+json "detail").
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var box = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-bar');
  var phase = document.getElementById('upload-phase');
  var percent = document.getElementById('upload-percent');
  var result = document.getElementById('upload-result');
  var submit = document.getElementById('upload-submit');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'vi'); // errors in the page's language
    box.hidden = false;
    submit.disabled = true;
    result.textContent = '';
    phase.textContent = result.dataset.sending;
    bar.value = 0;
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        var p = Math.floor(100 * e.loaded / e.total);
        bar.value = p;
        percent.textContent = p + ' %';
      }
    };
    xhr.upload.onload = function () {
      phase.textContent = result.dataset.processing;
      bar.removeAttribute('value');
      percent.textContent = '';
    };
    xhr.onload = function () {
      submit.disabled = false;
      box.hidden = true;
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
      if (xhr.status === 201) {
        result.className = 'notice';
        result.textContent = result.dataset.done + ' ' + (body.title || '');
        if (body.id) {
          var link = document.createElement('a');
          link.href = '/learn/packages/' + body.id;
          link.textContent = ' →';
          result.appendChild(link);
        }
        setTimeout(function () { window.location.reload(); }, 1500);
      } else {
        result.className = 'error';
        result.textContent = result.dataset.failed + ' ' + (body.detail || body.title || ('HTTP ' + xhr.status));
      }
    };
    xhr.onerror = function () {
      submit.disabled = false;
      box.hidden = true;
      result.className = 'error';
      result.textContent = result.dataset.failed;
    };
    xhr.send(new FormData(form));
  });
}());
