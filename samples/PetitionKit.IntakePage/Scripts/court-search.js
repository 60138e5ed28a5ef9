// Narrows the district list as the person types in "Find the court". The page works without this script: the Find
// button asks the server for the same narrowed list, matching the same words (Steps.FindDistricts). With it, Enter in
// the search box moves to the list instead of sending the step.
(function () {
  'use strict';
  var query = document.getElementById('court-query');
  var list = document.getElementById('f-court-court_id');
  var all = document.getElementById('court-all');
  var shown = document.querySelector('input[name="court_query_shown"]');
  var note = document.getElementById('f-court-court_id-note');
  if (!query || !list || !all || !all.content) {
    return;
  }

  var total = all.content.querySelectorAll('option').length;

  function matches(option, words) {
    var text = (option.getAttribute('data-search') || '').toLowerCase();
    return words.every(function (word) { return text.indexOf(word) >= 0; });
  }

  function narrow() {
    var typed = query.value.trim();
    var words = typed.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
    var chosen = list.value;
    var count = 0;
    // The first option is "— choose —"; the groups after it are rebuilt from the full list.
    while (list.children.length > 1) {
      list.removeChild(list.lastElementChild);
    }

    all.content.querySelectorAll('optgroup').forEach(function (group) {
      var kept = null;
      group.querySelectorAll('option').forEach(function (option) {
        var isChosen = chosen !== '' && option.value === chosen;
        var hit = matches(option, words);
        if (!hit && !isChosen) {
          return;
        }

        if (hit) {
          count++;
        }

        if (!kept) {
          kept = group.cloneNode(false);
        }

        kept.appendChild(option.cloneNode(true));
      });
      if (kept) {
        list.appendChild(kept);
      }
    });
    list.value = chosen;
    if (shown) {
      shown.value = typed;
    }

    if (note) {
      note.textContent = words.length === 0
        ? 'All ' + total + ' districts are listed.'
        : count + ' of ' + total + ' districts match “' + typed + '”.';
    }
  }

  query.addEventListener('input', narrow);
  query.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      narrow();
      list.focus();
    }
  });
  if (note) {
    note.setAttribute('aria-live', 'polite');
  }
})();
