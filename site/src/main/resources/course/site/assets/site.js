/* Course site behaviour: theme, keyboard shortcuts, quizzes, copy buttons and search-hit
   highlighting. Vanilla JS in a classic script so it works from file:// in every browser. */
(function () {
  'use strict';

  var THEME_KEY = 'course-theme';

  /* localStorage may be missing or throw on file:// (and in private modes): never fail on it. */
  function stored(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* the choice lasts this page only */ }
  }

  function currentTheme() {
    var set = document.documentElement.getAttribute('data-theme');
    if (set === 'light' || set === 'dark') return set;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function showTheme(button) {
    var dark = currentTheme() === 'dark';
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    button.title = dark ? 'Dark theme (switch to light)' : 'Light theme (switch to dark)';
  }

  function initTheme() {
    var saved = stored(THEME_KEY);
    if (saved === 'light' || saved === 'dark') document.documentElement.setAttribute('data-theme', saved);
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    showTheme(button);
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      store(THEME_KEY, next);
      showTheme(button);
    });
    if (window.matchMedia) {
      var mq = window.matchMedia('(prefers-color-scheme: dark)');
      var onChange = function () { showTheme(button); };
      if (mq.addEventListener) mq.addEventListener('change', onChange);
    }
  }

  /* Help dialog ---------------------------------------------------------------------------- */

  function helpDialog() {
    return document.getElementById('help-dialog');
  }

  function openHelp() {
    var d = helpDialog();
    if (!d || d.open) return;
    if (typeof d.showModal === 'function') d.showModal(); else d.setAttribute('open', '');
  }

  function closeHelp() {
    var d = helpDialog();
    if (!d || !d.open) return false;
    if (typeof d.close === 'function') d.close(); else d.removeAttribute('open');
    return true;
  }

  function initHelp() {
    var toggle = document.getElementById('help-toggle');
    if (toggle) toggle.addEventListener('click', openHelp);
    var d = helpDialog();
    if (!d) return;
    if (!d.querySelector('button')) {
      var close = document.createElement('button');
      close.type = 'button';
      close.className = 'dialog-close';
      close.textContent = 'Close';
      d.appendChild(close);
    }
    d.addEventListener('click', function (e) {
      /* A click on the backdrop lands on the dialog itself. */
      if (e.target === d || (e.target.classList && e.target.classList.contains('dialog-close'))) closeHelp();
    });
  }

  /* Keyboard shortcuts --------------------------------------------------------------------- */

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable) {
      return true;
    }
    // Inside an interactive figure (the Raft simulator), keys belong to the figure's controls.
    return !!(target.closest && target.closest('.raft-sim'));
  }

  function follow(rel) {
    var link = document.querySelector('nav.pager a[rel="' + rel + '"]') ||
      document.querySelector('a[rel="' + rel + '"]');
    if (link) window.location.href = link.href;
  }

  function initKeys() {
    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        if (closeHelp()) { e.preventDefault(); return; }
        if (window.CourseSearch && !typing(e.target)) window.CourseSearch.clear();
        return;
      }
      if (typing(e.target)) return;
      var d = helpDialog();
      if (d && d.open) return;
      if (e.key === 'ArrowLeft' && !e.shiftKey) { e.preventDefault(); follow('prev'); }
      else if (e.key === 'ArrowRight' && !e.shiftKey) { e.preventDefault(); follow('next'); }
      else if (e.key === '/') {
        var input = document.getElementById('search-input');
        if (input) { e.preventDefault(); input.focus(); input.select(); }
      } else if (e.key === '?') { e.preventDefault(); openHelp(); }
    });
  }

  /* Quizzes -------------------------------------------------------------------------------- */

  function initQuizzes() {
    var questions = document.querySelectorAll('.quiz-question');
    Array.prototype.forEach.call(questions, function (q) {
      var answer = parseInt(q.getAttribute('data-answer'), 10);
      var choices = q.querySelectorAll('.quiz-choice');
      var feedback = q.querySelector('.quiz-feedback');
      var explanation = q.querySelector('.quiz-explanation');
      Array.prototype.forEach.call(choices, function (choice) {
        choice.addEventListener('click', function () {
          var picked = parseInt(choice.getAttribute('data-index'), 10);
          Array.prototype.forEach.call(choices, function (c) {
            c.classList.remove('correct', 'incorrect');
            c.removeAttribute('aria-pressed');
          });
          var right = picked === answer;
          choice.classList.add(right ? 'correct' : 'incorrect');
          choice.setAttribute('aria-pressed', 'true');
          if (feedback) {
            var rightChoice = choices[answer];
            feedback.textContent = right ? 'Correct.' :
              'Not quite.' + (rightChoice ? ' The answer is: ' + rightChoice.textContent.trim() : '');
            feedback.className = 'quiz-feedback ' + (right ? 'correct' : 'incorrect');
          }
          if (explanation) explanation.hidden = false;
        });
      });
    });
  }

  /* Copy buttons --------------------------------------------------------------------------- */

  /* file:// pages are not a secure context in every browser; fall back to a selected textarea. */
  function copyWithTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'copy-buffer';
    area.style.position = 'fixed';
    area.style.top = '0';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  /* When nothing could be copied, select the code so that Ctrl+C copies it. */
  function selectCodeOf(button) {
    var code = button.parentNode && button.parentNode.querySelector('pre code');
    if (!code || !window.getSelection) return;
    var range = document.createRange();
    range.selectNodeContents(code);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  /* A copy button on every code block of a lesson (commands already carry their own). */
  function initCodeCopy() {
    var blocks = document.querySelectorAll('article.content pre.code');
    Array.prototype.forEach.call(blocks, function (pre) {
      if (pre.closest('.command')) return;
      var code = pre.querySelector('code') || pre;
      var box = document.createElement('div');
      box.className = 'code-block';
      pre.parentNode.insertBefore(box, pre);
      box.appendChild(pre);
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy code-copy';
      button.textContent = 'Copy';
      button.setAttribute('aria-label', 'Copy this code');
      button.setAttribute('data-copy', code.textContent.replace(/\n$/, ''));
      box.appendChild(button);
    });
  }

  function copied(button, ok) {
    if (!ok && button.classList.contains('code-copy')) selectCodeOf(button);
    var label = button.getAttribute('data-label') || button.textContent;
    button.setAttribute('data-label', label);
    button.textContent = ok ? 'Copied' : 'Press Ctrl+C';
    clearTimeout(button._courseTimer);
    button._courseTimer = setTimeout(function () { button.textContent = label; }, 2000);
  }

  function initCopy() {
    document.addEventListener('click', function (e) {
      var button = e.target.closest ? e.target.closest('button.copy') : null;
      if (!button) return;
      var text = button.getAttribute('data-copy') || '';
      if (navigator.clipboard && window.isSecureContext !== false) {
        navigator.clipboard.writeText(text).then(function () { copied(button, true); },
          function () { copied(button, copyWithTextarea(text)); });
      } else {
        copied(button, copyWithTextarea(text));
      }
    });
  }

  /* Search hits: ?q=terms from a search result ---------------------------------------------- */

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function highlightQuery() {
    var q;
    try { q = new URLSearchParams(window.location.search).get('q'); } catch (e) { q = null; }
    if (!q || !window.CourseSearch) return;
    var root = document.querySelector('article.content') || document.querySelector('main') || document.body;
    var needles = window.CourseSearch.needles(q, root.textContent).sort(function (a, b) { return b.length - a.length; });
    if (!needles.length) return;
    var pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'gi');
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var p = node.parentNode;
        if (!node.nodeValue.trim() || !p || p.closest('script, style, mark, button, .quiz-explanation[hidden], .raft-sim')) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var first = null;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      pattern.lastIndex = 0;
      if (!pattern.test(text)) return;
      pattern.lastIndex = 0;
      var frag = document.createDocumentFragment();
      var at = 0, m;
      while ((m = pattern.exec(text)) !== null) {
        frag.appendChild(document.createTextNode(text.slice(at, m.index)));
        var mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = m[0];
        frag.appendChild(mark);
        if (!first) first = mark;
        at = m.index + m[0].length;
      }
      frag.appendChild(document.createTextNode(text.slice(at)));
      node.parentNode.replaceChild(frag, node);
    });
    if (first && !window.location.hash) first.scrollIntoView({ block: 'center' });
  }

  /* Sidebar from assets/sidebar.js ----------------------------------------------------------------
     A page holds only its own sidebar group; the whole sidebar is written once, as data, in
     sidebar.js (window.COURSE_SIDEBAR: [title, path, folded, [[title, path], ...]] per group, paths
     from the site root). Built here the way the build renders navgroup.mustache: the page's entry
     marked current and a folded group open when it holds the page. */

  function buildSidebar() {
    var nav = document.getElementById('sidebar');
    var groups = window.COURSE_SIDEBAR;
    if (!nav || nav.getAttribute('data-sidebar') !== 'script' || !groups) return;
    var root = document.body.getAttribute('data-root') || '';
    var page = document.body.getAttribute('data-page');
    function link(title, path) {
      var a = document.createElement('a');
      a.href = root + path;
      a.textContent = title;
      if (path === page) a.setAttribute('aria-current', 'page');
      return a;
    }
    var built = document.createDocumentFragment();
    groups.forEach(function (g) {
      var list = document.createElement('ol'), holds = false;
      g[3].forEach(function (item) {
        var li = document.createElement('li');
        li.appendChild(link(item[0], item[1]));
        if (item[1] === page) holds = true;
        list.appendChild(li);
      });
      var box, heading;
      if (g[2]) {
        box = document.createElement('details');
        box.className = 'nav-group';
        box.open = holds;
        heading = document.createElement('summary');
        heading.textContent = g[0];
        box.appendChild(heading);
        if (list.firstChild) box.appendChild(list);
        built.appendChild(box);
      } else {
        heading = document.createElement('h2');
        heading.appendChild(g[1] === null ? document.createTextNode(g[0]) : link(g[0], g[1]));
        built.appendChild(heading);
        if (list.firstChild) built.appendChild(list);
      }
    });
    nav.textContent = '';
    nav.appendChild(built);
  }

  /* Sidebar drawer on narrow screens ---------------------------------------------------------- */

  function initDrawer() {
    var button = document.getElementById('menu-toggle');
    var sidebar = document.getElementById('sidebar');
    var backdrop = document.querySelector('.drawer-backdrop');
    if (!button || !sidebar) return;
    function setOpen(open, restoreFocus) {
      document.body.classList.toggle('nav-open', open);
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (backdrop) backdrop.hidden = !open;
      if (open) {
        var target = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a, summary');
        if (target) target.focus();
      } else if (restoreFocus) {
        button.focus();
      }
    }
    button.addEventListener('click', function () {
      setOpen(!document.body.classList.contains('nav-open'), false);
    });
    if (backdrop) backdrop.addEventListener('click', function () { setOpen(false, true); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && document.body.classList.contains('nav-open')) {
        setOpen(false, true);
        e.stopPropagation();
      }
    }, true);
  }

  /* On-page contents: the lesson's h2/h3 in the right margin (shown by CSS on wide screens only),
     the section being read highlighted while scrolling. */
  function initToc() {
    var article = document.querySelector('article.content.lesson');
    if (!article) return;
    var headings = Array.prototype.filter.call(article.querySelectorAll('h2[id], h3[id]'), function (h) {
      return !h.closest('.quiz, .raft-sim, aside');
    });
    if (headings.length < 2) return;
    var nav = document.createElement('nav');
    nav.className = 'toc';
    nav.setAttribute('aria-label', 'On this page');
    var title = document.createElement('p');
    title.className = 'toc-title';
    title.textContent = 'On this page';
    nav.appendChild(title);
    var list = document.createElement('ol');
    var links = headings.map(function (h) {
      var copy = h.cloneNode(true);
      Array.prototype.forEach.call(copy.querySelectorAll('.anchor'), function (a) { a.remove(); });
      var li = document.createElement('li');
      li.className = 'toc-' + h.tagName.toLowerCase();
      var a = document.createElement('a');
      a.href = '#' + h.id;
      a.textContent = copy.textContent.trim();
      li.appendChild(a);
      list.appendChild(li);
      return a;
    });
    nav.appendChild(list);
    article.parentNode.insertBefore(nav, article);

    var current = -1;
    function highlight() {
      /* The section being read: the last heading above a line just under the sticky header. */
      var line = 90;
      var at = 0;
      for (var i = 0; i < headings.length; i++) {
        if (headings[i].getBoundingClientRect().top <= line) at = i; else break;
      }
      var doc = document.documentElement;
      if (window.innerHeight + window.pageYOffset >= doc.scrollHeight - 2) {
        /* At the very bottom the last sections may never reach the line: take the last one shown. */
        for (var k = headings.length - 1; k > at; k--) {
          if (headings[k].getBoundingClientRect().top < window.innerHeight) { at = k; break; }
        }
      }
      if (at === current) return;
      if (current >= 0) { links[current].classList.remove('active'); links[current].removeAttribute('aria-current'); }
      current = at;
      links[at].classList.add('active');
      links[at].setAttribute('aria-current', 'location');
    }
    var pending = false;
    window.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; highlight(); });
    }, { passive: true });
    window.addEventListener('resize', highlight);
    window.addEventListener('hashchange', highlight);
    highlight();
  }

  /* Student progress ----------------------------------------------------------------------
     progress.js at the site root (written by the student kit; the build ships one saying null)
     sets window.courseProgress = {"exercises": {"<slug>": {"best": 23, "max": 26, "attempts": 2}}}.
     Exercise links in the sidebar, the course map and the part pages get done / tried / not
     started with the score; the home page a summary line. Bad or missing data shows nothing. */

  var EXERCISE_PAGE = /^exercises\/([^\/?#]+)\/index\.html$/;

  /* The slug of the exercise page a link goes to, or null (links are relative to the page). */
  function exerciseOf(a) {
    var root = new URL(document.body.getAttribute('data-root') || './', window.location.href).href;
    var href = a.href.split('#')[0].split('?')[0];
    if (href.lastIndexOf(root, 0) !== 0) return null;
    var m = EXERCISE_PAGE.exec(href.slice(root.length));
    return m ? decodeURIComponent(m[1]) : null;
  }

  function progressData() {
    var p = window.courseProgress;
    if (!p || typeof p !== 'object' || !p.exercises || typeof p.exercises !== 'object') return null;
    return p.exercises;
  }

  function number(n) {
    return String(Math.round(n * 100) / 100);
  }

  /* One exercise's state from its entry: done (best reaches max), tried, or not started. */
  function progressOf(entry) {
    if (!entry || typeof entry !== 'object') return { state: 'not-started' };
    var best = Number(entry.best), max = Number(entry.max);
    if (!isFinite(best) || !isFinite(max) || max <= 0) return { state: 'not-started' };
    var attempts = Number(entry.attempts);
    return {
      state: best >= max ? 'done' : 'tried',
      score: number(best) + '/' + number(max),
      attempts: isFinite(attempts) && attempts > 0 ? attempts : 0
    };
  }

  var PROGRESS_LABEL = { 'done': 'Done', 'tried': 'Tried', 'not-started': 'Not started' };

  function progressBadge(p, compact) {
    var badge = document.createElement('span');
    badge.className = 'progress progress-' + p.state;
    var full = PROGRESS_LABEL[p.state] + (p.score ? ' ' + p.score : '') +
      (p.attempts ? ' (' + p.attempts + (p.attempts === 1 ? ' attempt)' : ' attempts)') : '');
    badge.title = full;
    if (compact) {
      badge.textContent = p.state === 'done' ? '✓ ' + p.score : p.state === 'tried' ? p.score : '·';
      badge.setAttribute('aria-label', full);
    } else {
      badge.textContent = full;
    }
    return badge;
  }

  function initProgress() {
    var data = progressData();
    if (!data) return;
    var links = document.querySelectorAll('nav.sidebar a[href], .map-exercises li > a:first-child');
    Array.prototype.forEach.call(links, function (a) {
      var slug = exerciseOf(a);
      if (!slug) return;
      var p = progressOf(Object.prototype.hasOwnProperty.call(data, slug) ? data[slug] : null);
      var li = a.closest('li');
      if (li) li.setAttribute('data-progress', p.state);
      var badge = progressBadge(p, !!a.closest('nav.sidebar'));
      if (a.closest('nav.sidebar')) a.insertBefore(badge, a.firstChild); else a.parentNode.insertBefore(badge, a.nextSibling);
    });
    var home = document.querySelector('article.content.home');
    if (!home) return;
    var slugs = {}, counts = { 'done': 0, 'tried': 0, 'not-started': 0 }, total = 0;
    Array.prototype.forEach.call(home.querySelectorAll('.map-exercises li > a:first-child'), function (a) {
      var slug = exerciseOf(a);
      if (!slug || slugs[slug]) return;
      slugs[slug] = true;
      total++;
      counts[a.closest('li').getAttribute('data-progress') || 'not-started']++;
    });
    var line = document.createElement('p');
    line.className = 'progress-summary';
    line.textContent = 'Your progress: ' + counts['done'] + ' of ' + total + ' exercises done, ' +
      counts['tried'] + ' tried, ' + counts['not-started'] + ' not started.';
    var heading = home.querySelector('h1');
    home.insertBefore(line, heading ? heading.nextSibling : home.firstChild);
  }

  function init() {
    buildSidebar();
    initDrawer();
    initTheme();
    initHelp();
    initKeys();
    initQuizzes();
    initCodeCopy();
    initCopy();
    highlightQuery();
    initToc();
    try { initProgress(); } catch (e) { /* progress.js is the student's file: never break the page */ }
    // Set up: what the browser tests wait for after loading a page.
    document.documentElement.setAttribute('data-site-ready', '');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
