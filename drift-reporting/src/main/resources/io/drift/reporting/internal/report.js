(function () {
  'use strict';
  var doc = document;
  var rows = Array.prototype.slice.call(doc.querySelectorAll('tr.row'));
  var groups = Array.prototype.slice.call(doc.querySelectorAll('section.group'));
  var severities = Array.prototype.slice.call(doc.querySelectorAll('input[name=severity]'));
  var selects = Array.prototype.slice.call(doc.querySelectorAll('select[data-filter]'));
  var suppressed = doc.getElementById('f-suppressed');
  var search = doc.getElementById('q');
  var shown = doc.getElementById('shown');
  var empty = doc.getElementById('empty');
  var total = rows.length;
  var texts = null;
  var timer = 0;

  function apply() {
    var allowed = {};
    severities.forEach(function (box) { allowed[box.value] = box.checked; });
    var chosen = selects.filter(function (s) { return s.value !== ''; })
      .map(function (s) { return [s.getAttribute('data-filter'), s.value]; });
    var term = search.value.trim().toLowerCase();
    if (term && texts === null) {
      texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    }
    var hideSuppressed = suppressed !== null && !suppressed.checked;
    var count = 0;
    rows.forEach(function (row, i) {
      var ok = allowed[row.getAttribute('data-severity')] !== false;
      for (var k = 0; ok && k < chosen.length; k++) {
        ok = row.getAttribute('data-' + chosen[k][0]) === chosen[k][1];
      }
      if (ok && hideSuppressed && row.getAttribute('data-suppressed') === 'true') { ok = false; }
      if (ok && term && texts[i].indexOf(term) < 0) { ok = false; }
      row.hidden = !ok;
      if (ok) { count++; }
    });
    var filtering = term !== '' || hideSuppressed || chosen.some(function (c) { return c[0] !== 'check'; })
      || severities.some(function (box) { return !box.checked; });
    var check = chosen.filter(function (c) { return c[0] === 'check'; }).map(function (c) { return c[1]; })[0];
    var sections = 0;
    groups.forEach(function (group) {
      var visible;
      if (group.getAttribute('data-rows') === '0') {
        visible = !filtering && (check === undefined || group.getAttribute('data-check') === check);
      } else {
        visible = group.querySelector('tr.row:not([hidden])') !== null;
      }
      group.hidden = !visible;
      if (visible) { sections++; }
    });
    shown.textContent = count + ' of ' + total + ' shown';
    empty.hidden = sections > 0;
  }

  severities.forEach(function (box) { box.addEventListener('change', apply); });
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  if (suppressed !== null) { suppressed.addEventListener('change', apply); }
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  doc.documentElement.setAttribute('data-ready', 'true');
  apply();
})();
