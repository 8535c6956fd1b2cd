/* Course search: runs on file:// (a classic script, no fetch, no modules, no workers).
   The index is window.COURSE_SEARCH, written by course.site.search.SearchIndex into
   assets/search-index.js. The tokenizer below mirrors course.site.search.Tokenizer: change both. */
(function () {
  'use strict';

  /* Maps without a prototype: "constructor" or "toString" are ordinary words here. */
  var STOP_WORDS = Object.create(null);
  ['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of',
    'on', 'or', 'that', 'the', 'this', 'to', 'with'].forEach(function (w) { STOP_WORDS[w] = true; });
  var WORD = /[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*/gu;
  var CAMEL = /_+|(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
  var MAX_RESULTS = 10;

  function words(text) {
    return String(text).match(WORD) || [];
  }

  function addTerm(terms, term) {
    var t = term.toLowerCase();
    if (Array.from(t).length > 1 && !STOP_WORDS[t] && t !== '__proto__' && terms.indexOf(t) < 0) terms.push(t);
  }

  /* The terms one word is indexed under, whole form first. */
  function terms(word) {
    var out = [];
    addTerm(out, word);
    var dotted = word.split(/[.-]/);
    dotted.forEach(function (part) {
      if (dotted.length > 1) addTerm(out, part);
      var pieces = part.split(CAMEL);
      if (pieces.length > 1) pieces.forEach(function (p) { addTerm(out, p); });
    });
    return out;
  }

  function tokens(text) {
    var out = [];
    words(text).forEach(function (w) { out.push.apply(out, terms(w)); });
    return out;
  }

  /* What a query asks for: one entry per word that has terms. */
  function parseQuery(query) {
    var list = [];
    words(query).forEach(function (w) {
      var t = terms(w);
      if (t.length) list.push({ word: w.toLowerCase(), whole: t[0], parts: t.slice(1) });
    });
    return list;
  }

  var index = null;
  var sortedTerms = null;
  var decoded = Object.create(null);

  function loadIndex(then) {
    if (window.COURSE_SEARCH) {
      if (!index) {
        index = window.COURSE_SEARCH;
        unpackTerms(index);
      }
      then();
      return;
    }
    /* Pages may leave the index out and let the first search inject it (still a classic script). */
    if (document.getElementById('course-search-index')) return;
    var s = document.createElement('script');
    s.id = 'course-search-index';
    s.src = (document.body.getAttribute('data-root') || '') + 'assets/search-index.js';
    s.onload = function () { loadIndex(then); };
    document.body.appendChild(s);
  }

  /* Digits of a posting list (SearchIndex.DIGITS): '#' to '~' without '<' and backslash. A number
     is base-45 digits, most significant first; its last digit is from the first 45, the others
     from the last 45. */
  var DIGIT = Object.create(null);
  (function () {
    for (var c = 35, d = 0; c <= 126; c++) {
      if (c !== 60 && c !== 92) DIGIT[String.fromCharCode(c)] = d++;
    }
  })();

  /* The index stores its sorted terms front-coded in one string ("keys": per term, one digit for the
     length of the prefix shared with the term before, the rest, a space) and their posting lists
     in another ("lists", each ending with a space): unpacked once into term -> posting list. */
  function unpackTerms(idx) {
    var terms = Object.create(null);
    var sorted = [];
    var keys = idx.keys, lists = idx.lists;
    var k = 0, l = 0, previous = '';
    while (k < keys.length) {
      var space = keys.indexOf(' ', k + 1);
      var term = previous.slice(0, DIGIT[keys.charAt(k)]) + keys.slice(k + 1, space);
      var end = lists.indexOf(' ', l);
      terms[term] = lists.slice(l, end);
      sorted.push(term);
      previous = term;
      k = space + 1;
      l = end + 1;
    }
    idx.terms = terms;
    sortedTerms = sorted;
  }

  /* doc id -> weight for one term; each posting is gap * 32 + weight (gap from the previous doc id). */
  function postings(term) {
    if (decoded[term]) return decoded[term];
    var raw = has(index.terms, term) ? index.terms[term] : '';
    var out = {};
    for (var i = 0, doc = 0, n = 0; i < raw.length; i++) {
      var d = DIGIT[raw.charAt(i)];
      if (d >= 45) { n = n * 45 + d - 45; continue; }
      n = n * 45 + d;
      doc += Math.floor(n / 32);
      out[doc] = n % 32;
      n = 0;
    }
    decoded[term] = out;
    return out;
  }

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function idf(term) {
    return Math.log(1 + index.docs.length / Math.max(1, Object.keys(postings(term)).length));
  }

  function termScores(term, prefix) {
    var scores = {};
    var add = function (t, factor) {
      var p = postings(t);
      var f = idf(t) * factor;
      Object.keys(p).forEach(function (d) { scores[d] = (scores[d] || 0) + p[d] * f; });
    };
    if (has(index.terms, term)) add(term, 1);
    if (prefix) {
      var lo = 0, hi = sortedTerms.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (sortedTerms[mid] < term) lo = mid + 1; else hi = mid;
      }
      for (var i = lo, n = 0; i < sortedTerms.length && n < 50; i++) {
        var t = sortedTerms[i];
        if (t.lastIndexOf(term, 0) !== 0) break;
        if (t !== term) { add(t, 0.5); n++; }
      }
    }
    return scores;
  }

  /* One edit apart (a letter missing, extra, changed, or two swapped)? */
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /* A word the index does not hold: forgive one typo ("electon" finds election), at lower weight. */
  function typoScores(term) {
    var scores = {};
    if (Array.from(term).length < 4) return scores;
    sortedTerms.forEach(function (t) {
      if (!oneEdit(term, t)) return;
      var p = postings(t);
      var f = idf(t) * 0.5;
      Object.keys(p).forEach(function (d) { scores[d] = (scores[d] || 0) + p[d] * f; });
    });
    return scores;
  }

  function intersect(maps) {
    if (!maps.length) return {};
    var out = {};
    Object.keys(maps[0]).forEach(function (d) {
      var sum = 0;
      for (var i = 0; i < maps.length; i++) {
        if (!(d in maps[i])) return;
        sum += maps[i][d];
      }
      out[d] = sum;
    });
    return out;
  }

  /* Ranked [{doc, score}] for a query; every word must match, the last one as a prefix. */
  function search(query) {
    var q = parseQuery(query);
    if (!q.length || !index) return [];
    var prefixLast = !/\s$/.test(query);
    var maps = q.map(function (w, i) {
      var prefix = prefixLast && i === q.length - 1;
      var scores = termScores(w.whole, prefix);
      if (!Object.keys(scores).length && w.parts.length) {
        scores = intersect(w.parts.map(function (p, j) {
          return termScores(p, prefix && j === w.parts.length - 1);
        }));
      }
      if (!Object.keys(scores).length) scores = typoScores(w.whole);
      return scores;
    });
    var all = intersect(maps);
    return Object.keys(all).map(function (d) { return { doc: +d, score: all[d] }; })
      .sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
  }

  /* Appends text to parent with every occurrence of the needles wrapped in <mark>. */
  function appendMarked(parent, text, needles) {
    var lower = text.toLowerCase();
    var at = 0;
    while (at < text.length) {
      var best = -1, len = 0;
      needles.forEach(function (n) {
        var i = lower.indexOf(n, at);
        if (i >= 0 && (best < 0 || i < best || (i === best && n.length > len))) { best = i; len = n.length; }
      });
      if (best < 0) break;
      parent.appendChild(document.createTextNode(text.slice(at, best)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(best, best + len);
      parent.appendChild(mark);
      at = best + len;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /* What to mark in a text: each query word whole, or its parts when the whole word is absent
     (so "AppendEntries" marks AppendEntries, not the "append" of "appends"). */
  function needlesOf(query, text) {
    var lower = String(text || '').toLowerCase();
    var n = [];
    parseQuery(query).forEach(function (w) {
      var pick = text === undefined || lower.indexOf(w.word) >= 0 || !w.parts.length ? [w.word] : w.parts;
      pick.forEach(function (t) { if (t.length > 1 && n.indexOf(t) < 0) n.push(t); });
    });
    return n;
  }

  /* A window of the stored excerpt around the first needle found. */
  function snippet(excerpt, needles) {
    var lower = excerpt.toLowerCase();
    var first = -1;
    needles.forEach(function (n) {
      var i = lower.indexOf(n);
      if (i >= 0 && (first < 0 || i < first)) first = i;
    });
    if (first < 0) first = 0;
    var start = Math.max(0, first - 50);
    if (start > 0) start = excerpt.indexOf(' ', start) + 1 || start;
    var end = Math.min(excerpt.length, first + 110);
    if (end < excerpt.length) end = excerpt.indexOf(' ', end) > 0 ? excerpt.indexOf(' ', end) : excerpt.length;
    return (start > 0 ? '… ' : '') + excerpt.slice(start, end) + (end < excerpt.length ? ' …' : '');
  }

  function linkTo(url, query) {
    var hash = url.indexOf('#');
    var path = hash < 0 ? url : url.slice(0, hash);
    var q = '?q=' + encodeURIComponent(words(query).join(' '));
    return (document.body.getAttribute('data-root') || '') + path + q + (hash < 0 ? '' : url.slice(hash));
  }

  var input, list, active = -1;

  function items() {
    return list ? list.querySelectorAll('li[role="option"]') : [];
  }

  function setActive(i) {
    var li = items();
    if (!li.length) return;
    active = (i + li.length) % li.length;
    for (var k = 0; k < li.length; k++) {
      li[k].classList.toggle('active', k === active);
      li[k].setAttribute('aria-selected', k === active ? 'true' : 'false');
    }
    input.setAttribute('aria-activedescendant', li[active].id);
    li[active].scrollIntoView({ block: 'nearest' });
  }

  function hide() {
    if (!list) return;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render() {
    var query = input.value;
    list.textContent = '';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!parseQuery(query).length) { hide(); return; }
    var results = search(query).slice(0, MAX_RESULTS);
    if (!results.length) {
      var none = document.createElement('li');
      none.className = 'search-none';
      none.textContent = 'No results for “' + query.trim() + '”';
      list.appendChild(none);
    }
    results.forEach(function (r, i) {
      var doc = index.docs[r.doc];
      var li = document.createElement('li');
      li.id = 'search-result-' + i;
      li.setAttribute('role', 'option');
      var a = document.createElement('a');
      a.href = linkTo(doc[0], query);
      a.tabIndex = -1;
      var title = document.createElement('span');
      title.className = 'search-title';
      appendMarked(title, doc[1], needlesOf(query, doc[1]));
      var section = document.createElement('span');
      section.className = 'search-section';
      section.textContent = doc[2];
      var text = document.createElement('span');
      text.className = 'search-snippet';
      var needles = needlesOf(query, doc[3]);
      appendMarked(text, snippet(doc[3], needles), needles);
      a.appendChild(title);
      a.appendChild(section);
      a.appendChild(text);
      li.appendChild(a);
      li.addEventListener('mousemove', function () { if (active !== i) setActive(i); });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function update() {
    loadIndex(render);
  }

  function follow() {
    var li = items();
    var target = li[active >= 0 ? active : 0];
    if (target) window.location.href = target.querySelector('a').href;
  }

  function clear() {
    if (!input) return;
    input.value = '';
    hide();
  }

  function init() {
    input = document.getElementById('search-input');
    list = document.getElementById('search-results');
    if (!input || !list) return;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Search results');
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-controls', 'search-results');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-autocomplete', 'list');
    input.addEventListener('input', update);
    input.addEventListener('focus', function () { if (input.value) update(); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) update(); else setActive(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); setActive(active - 1); }
      else if (e.key === 'Enter') { e.preventDefault(); follow(); }
      else if (e.key === 'Escape') { e.preventDefault(); if (list.hidden) input.blur(); clear(); }
    });
    document.addEventListener('click', function (e) {
      if (!list.hidden && !(input.form || list.parentNode).contains(e.target)) hide();
    });
  }

  window.CourseSearch = { tokens: tokens, terms: terms, words: words, search: search, clear: clear,
    needles: needlesOf };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
