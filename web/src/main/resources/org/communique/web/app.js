// Communiqué: choose a fact in the list to see the words that support it. No inline scripts (the CSP forbids them).
(function () {
  'use strict';

  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll('mark[data-facts]'), function (m) {
      return m.getAttribute('data-facts').split(' ').indexOf(id) >= 0;
    });
  }

  function show(id) {
    Array.prototype.forEach.call(document.querySelectorAll('.active'), function (e) { e.classList.remove('active'); });
    var marks = marksOf(id);
    marks.forEach(function (m) {
      m.classList.add('active');
      var s = m.closest('.sentence');
      if (s) s.classList.add('active');
    });
    var item = document.getElementById('fact-' + id);
    if (item) item.classList.add('active');
    if (marks.length) marks[0].scrollIntoView({block: 'center'});
    return marks.length;
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-show]'), function (link) {
      link.addEventListener('click', function (ev) {
        ev.preventDefault();
        var id = link.getAttribute('data-show');
        show(id);
        if (history.replaceState) history.replaceState(null, '', '#show-' + id);
      });
    });
    // a highlight in the text selects its first fact in the list
    Array.prototype.forEach.call(document.querySelectorAll('mark[data-facts]'), function (m) {
      m.addEventListener('click', function () {
        var id = m.getAttribute('data-facts').split(' ')[0];
        show(id);
        var item = document.getElementById('fact-' + id);
        if (item) item.scrollIntoView({block: 'nearest'});
      });
    });
    var h = window.location.hash;
    if (h.indexOf('#show-') === 0) show(h.substring(6));
  });
})();
