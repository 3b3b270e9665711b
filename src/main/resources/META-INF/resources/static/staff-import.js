// Staff import page: sends the form in the background (fetch) and shows the report the server renders, keeping the
// chosen file, so that "Confirm import" after a preview sends the same file without choosing it again.
(function () {
  'use strict';
  var form = document.getElementById('staff-import-form');
  if (!form || !window.fetch || !window.FormData || !window.DOMParser) { return; }
  var status = document.getElementById('staff-import-status');
  var confirm = document.getElementById('staff-confirm');
  var buttons = form.querySelectorAll('button[type=submit]');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var submitter = event.submitter || document.activeElement;
    data.set('action', submitter && submitter.value === 'import' ? 'import' : 'preview');
    buttons.forEach(function (b) { b.disabled = true; });
    status.textContent = status.dataset.working;
    // form.action would be the buttons named "action" (a RadioNodeList), not the URL
    fetch(form.getAttribute('action'), { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.text().then(function (html) { return [response, html]; }); })
      .then(function (pair) {
        var doc = new DOMParser().parseFromString(pair[1], 'text/html');
        var fresh = doc.getElementById('staff-import-report');
        var current = document.getElementById('staff-import-report');
        if (fresh && current) {
          current.replaceWith(fresh);
        } else if (current) {
          current.textContent = pair[1].replace(/<[^>]*>/g, ' ').trim(); // a plain-text answer (e.g. 413)
          current.className = 'error';
        }
        var section = fresh && fresh.querySelector('[data-dry-run]');
        confirm.hidden = !(section && section.dataset.dryRun === 'true' && pair[0].ok);
        var heading = fresh && fresh.querySelector('h2, .error');
        if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
        if (pair[0].status === 201) {
          var recent = doc.getElementById('recent-imports');
          var old = document.getElementById('recent-imports');
          if (recent && old) { old.replaceWith(recent); }
        }
      })
      .catch(function () {
        document.getElementById('staff-import-report').textContent = status.dataset.working + ' ✗';
      })
      .finally(function () {
        status.textContent = '';
        buttons.forEach(function (b) { b.disabled = false; });
      });
  });
})();
