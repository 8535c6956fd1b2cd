/* The Raft simulator behind ```raft-sim blocks. Vanilla JS in a classic script, so it works from
   file://; no libraries, no network. The core (RaftSim.create) is pure and deterministic: virtual
   time, a seeded PRNG (mulberry32) for election timeouts and message delays, and one priority
   queue of events ordered by (time, sequence). The UI (RaftSim.mount) only drives and draws it.

   Raft as in Figure 2 of the paper: RequestVote with the up-to-date check, AppendEntries with the
   consistency check, truncation only on a conflict, nextIndex back-off by one, commit only of
   current-term entries counted by matchIndex. A new leader appends a no-op entry of its term, so
   entries of earlier terms commit without waiting for a client. A stopped server keeps its
   persistent state (currentTerm, votedFor, log) and loses the volatile rest on restart; a cut link
   drops every message sent over it or arriving through it. */
(function () {
  'use strict';

  function mulberry32(seed) {
    var a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /* A binary min-heap of events ordered by (time, seq): equal times run in scheduling order. */
  function Queue() { this.items = []; }
  function before(a, b) { return a.time < b.time || (a.time === b.time && a.seq < b.seq); }
  Queue.prototype.push = function (ev) {
    var h = this.items, i = h.length;
    h.push(ev);
    while (i > 0) {
      var p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      var t = h[i]; h[i] = h[p]; h[p] = t; i = p;
    }
  };
  Queue.prototype.pop = function () {
    var h = this.items;
    if (!h.length) return null;
    var top = h[0], last = h.pop();
    if (h.length) {
      h[0] = last;
      var i = 0;
      for (;;) {
        var l = 2 * i + 1, r = l + 1, m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        var t = h[i]; h[i] = h[m]; h[m] = t; i = m;
      }
    }
    return top;
  };
  Queue.prototype.peek = function () { return this.items.length ? this.items[0] : null; };

  function pair(a, b) { return a < b ? a + '|' + b : b + '|' + a; }

  function normalise(scenario) {
    var s = scenario || {};
    var n = Math.max(1, Math.min(9, s.servers | 0 || 5));
    return {
      servers: n,
      seed: s.seed === undefined ? 1 : Number(s.seed) >>> 0,
      title: s.title || '',
      election_timeout: s.election_timeout || [150, 300],
      heartbeat: s.heartbeat || 50,
      delay: s.delay || [10, 30],
      script: s.script || []
    };
  }

  /* The pure core. */
  function create(scenario) {
    var sc = normalise(scenario);
    var rand = mulberry32(sc.seed);
    var now = 0, seq = 0, queue = new Queue();
    var log = [], notes = [];
    var cut = {};
    var servers = [], byId = {};
    var requests = 0;

    function randInt(lo, hi) { return lo + Math.floor(rand() * (hi - lo + 1)); }
    function record(text, notable) {
      log.push(now + ' ' + text);
      if (notable) notes.push({ time: now, text: text });
    }
    function schedule(delay, ev) {
      ev.time = now + delay;
      ev.seq = seq++;
      queue.push(ev);
      return ev;
    }

    for (var i = 1; i <= sc.servers; i++) {
      var s = {
        id: 'S' + i, up: true,
        term: 0, votedFor: null, log: [],                                  // persistent
        role: 'follower', commitIndex: 0, leaderId: null, votes: {},       // volatile
        nextIndex: {}, matchIndex: {},
        timerGen: 0, timerStart: 0, timerEnd: 0, beatGen: 0
      };
      servers.push(s);
      byId[s.id] = s;
    }
    var majority = Math.floor(sc.servers / 2) + 1;

    function lastIndex(s) { return s.log.length; }
    function termAt(s, i) { return i <= 0 || i > s.log.length ? 0 : s.log[i - 1].term; }
    function peers(s) { return servers.filter(function (p) { return p !== s; }); }

    function resetElectionTimer(s) {
      s.timerGen++;
      var d = randInt(sc.election_timeout[0], sc.election_timeout[1]);
      s.timerStart = now;
      s.timerEnd = now + d;
      schedule(d, { type: 'timeout', server: s.id, gen: s.timerGen });
    }

    function send(from, to, msg) {
      msg.from = from.id;
      msg.to = to.id;
      if (cut[pair(from.id, to.id)]) {
        record('drop ' + describe(msg) + ' (link cut)');
        return;
      }
      schedule(randInt(sc.delay[0], sc.delay[1]), { type: 'deliver', msg: msg, sent: now });
    }

    function describe(m) {
      var head = m.from + '->' + m.to + ' ' + m.type + ' t' + m.term;
      switch (m.type) {
        case 'RequestVote': return head + ' last ' + m.lastLogIndex + '/t' + m.lastLogTerm;
        case 'Vote': return head + (m.granted ? ' granted' : ' refused');
        case 'AppendEntries':
          return head + ' prev ' + m.prevLogIndex + '/t' + m.prevLogTerm + ' n' + m.entries.length +
            ' commit ' + m.leaderCommit;
        default: return head + (m.success ? ' ok ' + m.matchIndex : ' fail ' + m.prevLogIndex);
      }
    }

    /* Any RPC or reply with a higher term: adopt it, forget the vote, become a follower. */
    function observeTerm(s, term) {
      if (term <= s.term) return;
      var wasLeader = s.role === 'leader';
      s.term = term;
      s.votedFor = null;
      if (s.role !== 'follower') {
        s.role = 'follower';
        record(s.id + ' steps down in term ' + term, wasLeader);
        if (wasLeader) { s.beatGen++; resetElectionTimer(s); }
      }
    }

    function startElection(s) {
      s.term++;
      s.role = 'candidate';
      s.votedFor = s.id;
      s.votes = {};
      s.votes[s.id] = true;
      s.leaderId = null;
      record(s.id + ' times out and stands for term ' + s.term, true);
      resetElectionTimer(s);
      if (1 >= majority) { becomeLeader(s); return; }
      peers(s).forEach(function (p) {
        send(s, p, { type: 'RequestVote', term: s.term, candidateId: s.id,
          lastLogIndex: lastIndex(s), lastLogTerm: termAt(s, lastIndex(s)) });
      });
    }

    function becomeLeader(s) {
      s.role = 'leader';
      s.leaderId = s.id;
      s.timerGen++; // a leader has no election timer
      s.nextIndex = {};
      s.matchIndex = {};
      peers(s).forEach(function (p) { s.nextIndex[p.id] = lastIndex(s) + 1; s.matchIndex[p.id] = 0; });
      record(s.id + ' becomes leader of term ' + s.term, true);
      s.log.push({ term: s.term, command: null }); // the no-op of its term
      advanceCommit(s);
      heartbeat(s);
    }

    function heartbeat(s) {
      peers(s).forEach(function (p) { sendAppend(s, p); });
      s.beatGen++;
      schedule(sc.heartbeat, { type: 'beat', server: s.id, gen: s.beatGen });
    }

    function sendAppend(s, p) {
      var prev = s.nextIndex[p.id] - 1;
      send(s, p, { type: 'AppendEntries', term: s.term, leaderId: s.id, prevLogIndex: prev,
        prevLogTerm: termAt(s, prev), entries: s.log.slice(prev), leaderCommit: s.commitIndex });
    }

    function advanceCommit(s) {
      for (var n = lastIndex(s); n > s.commitIndex; n--) {
        if (termAt(s, n) !== s.term) break; // only entries of the current term are counted
        var count = 1;
        for (var id in s.matchIndex) if (s.matchIndex[id] >= n) count++;
        if (count >= majority) {
          s.commitIndex = n;
          record(s.id + ' commits up to index ' + n, true);
          return;
        }
      }
    }

    function onRequestVote(s, m) {
      var upToDate = m.lastLogTerm > termAt(s, lastIndex(s)) ||
        (m.lastLogTerm === termAt(s, lastIndex(s)) && m.lastLogIndex >= lastIndex(s));
      var granted = m.term === s.term && upToDate &&
        (s.votedFor === null || s.votedFor === m.candidateId);
      if (granted) {
        s.votedFor = m.candidateId;
        resetElectionTimer(s);
      }
      send(s, byId[m.from], { type: 'Vote', term: s.term, granted: granted });
    }

    function onVote(s, m) {
      if (s.role !== 'candidate' || m.term !== s.term || !m.granted) return;
      s.votes[m.from] = true;
      if (Object.keys(s.votes).length >= majority) becomeLeader(s);
    }

    function onAppendEntries(s, m) {
      var reply = { type: 'AppendResult', term: s.term, success: false,
        prevLogIndex: m.prevLogIndex, matchIndex: 0 };
      if (m.term < s.term) { send(s, byId[m.from], reply); return; }
      if (s.role === 'candidate') { s.role = 'follower'; record(s.id + ' sees leader ' + m.leaderId + ', steps down'); }
      s.leaderId = m.leaderId;
      resetElectionTimer(s);
      if (m.prevLogIndex > lastIndex(s) || termAt(s, m.prevLogIndex) !== m.prevLogTerm) {
        send(s, byId[m.from], reply);
        return;
      }
      for (var k = 0; k < m.entries.length; k++) {
        var index = m.prevLogIndex + 1 + k;
        if (index <= lastIndex(s)) {
          if (termAt(s, index) === m.entries[k].term) continue; // already there: no change
          record(s.id + ' truncates its log after index ' + (index - 1), true);
          s.log.length = index - 1;
        }
        s.log.push(m.entries[k]);
      }
      var lastNew = m.prevLogIndex + m.entries.length;
      if (m.leaderCommit > s.commitIndex) s.commitIndex = Math.min(m.leaderCommit, lastNew);
      reply.success = true;
      reply.matchIndex = lastNew;
      send(s, byId[m.from], reply);
    }

    function onAppendResult(s, m) {
      if (s.role !== 'leader' || m.term !== s.term) return;
      if (m.success) {
        s.matchIndex[m.from] = Math.max(s.matchIndex[m.from], m.matchIndex);
        s.nextIndex[m.from] = Math.max(s.nextIndex[m.from], m.matchIndex + 1);
        advanceCommit(s);
      } else if (m.prevLogIndex === s.nextIndex[m.from] - 1 && s.nextIndex[m.from] > 1) {
        s.nextIndex[m.from]--; // back off by one and retry at once
        sendAppend(s, byId[m.from]);
      }
    }

    function deliver(ev) {
      var m = ev.msg, s = byId[m.to];
      if (!s.up) { record('drop ' + describe(m) + ' (' + s.id + ' is stopped)'); return; }
      if (cut[pair(m.from, m.to)]) { record('drop ' + describe(m) + ' (link cut)'); return; }
      record('recv ' + describe(m));
      observeTerm(s, m.term);
      switch (m.type) {
        case 'RequestVote': onRequestVote(s, m); break;
        case 'Vote': onVote(s, m); break;
        case 'AppendEntries': onAppendEntries(s, m); break;
        default: onAppendResult(s, m);
      }
    }

    function leader() {
      var best = null;
      servers.forEach(function (s) {
        if (s.up && s.role === 'leader' && (!best || s.term > best.term)) best = s;
      });
      return best;
    }

    function request(command, tries) {
      var l = leader();
      if (!l) {
        if (tries >= 50) { record('client gives up on ' + command + ': no leader', true); return; }
        record('client: no leader for ' + command + ', retrying in 100 ms', tries === 0);
        schedule(100, { type: 'request', command: command, tries: tries + 1 });
        return;
      }
      l.log.push({ term: l.term, command: command });
      record(l.id + ' appends ' + command + ' at index ' + lastIndex(l) + ' (term ' + l.term + ')', true);
      advanceCommit(l);
      peers(l).forEach(function (p) { sendAppend(l, p); });
    }

    function server(id) {
      var s = byId[id];
      if (!s) throw new Error('no server ' + id + ' (S1 to S' + sc.servers + ')');
      return s;
    }

    var ops = {
      stop: function (id) {
        var s = server(id);
        if (!s.up) return;
        s.up = false;
        s.timerGen++;
        s.beatGen++;
        record(s.id + ' stops (was ' + s.role + ', term ' + s.term + ')', true);
      },
      restart: function (id) {
        var s = server(id);
        if (s.up) return;
        s.up = true;
        s.role = 'follower';
        s.commitIndex = 0;
        s.leaderId = null;
        s.votes = {};
        s.nextIndex = {};
        s.matchIndex = {};
        record(s.id + ' restarts with term ' + s.term + ', vote ' + (s.votedFor || 'none') +
          ', ' + s.log.length + ' log entries', true);
        resetElectionTimer(s);
      },
      cut: function (a, b) {
        if (a === undefined || a === 'all') {
          servers.forEach(function (x) { peers(x).forEach(function (y) { cut[pair(x.id, y.id)] = true; }); });
          record('every link is cut', true);
          return;
        }
        server(a); server(b);
        cut[pair(a, b)] = true;
        record('link ' + a + '-' + b + ' is cut', true);
      },
      heal: function (a, b) {
        if (a === undefined || a === 'all') { cut = {}; record('every link is healed', true); return; }
        server(a); server(b);
        delete cut[pair(a, b)];
        record('link ' + a + '-' + b + ' is healed', true);
      },
      isolate: function (id) {
        var s = server(id);
        peers(s).forEach(function (p) { cut[pair(s.id, p.id)] = true; });
        record(s.id + ' is cut off from every other server', true);
      },
      request: function (command) {
        requests++;
        request(command === undefined ? 'x=' + requests : String(command), 0);
      }
    };

    function runScript(e) {
      if (e.stop) ops.stop(e.stop);
      else if (e.restart) ops.restart(e.restart);
      else if (e.isolate) ops.isolate(e.isolate);
      else if (e.request !== undefined) ops.request(e.request);
      else if (e.cut) ops.cut.apply(null, e.cut === 'all' ? ['all'] : e.cut);
      else if (e.heal) ops.heal.apply(null, e.heal === 'all' ? ['all'] : e.heal);
    }

    /* Runs one event; stale timers are skipped. Returns false only when nothing is left. */
    function step() {
      for (;;) {
        var ev = queue.pop();
        if (!ev) return false;
        now = ev.time;
        var s = ev.server ? byId[ev.server] : null;
        switch (ev.type) {
          case 'timeout':
            if (!s.up || ev.gen !== s.timerGen || s.role === 'leader') continue;
            startElection(s);
            return true;
          case 'beat':
            if (!s.up || ev.gen !== s.beatGen || s.role !== 'leader') continue;
            heartbeat(s);
            return true;
          case 'deliver': deliver(ev); return true;
          case 'request': request(ev.command, ev.tries); return true;
          case 'script': runScript(ev.event); return true;
          default: continue;
        }
      }
    }

    function runUntil(time) {
      while (queue.peek() && queue.peek().time <= time) step();
      if (time > now) now = time;
    }

    function state() {
      return {
        time: now,
        servers: servers.map(function (s) {
          return {
            id: s.id, up: s.up, role: s.role, term: s.term, votedFor: s.votedFor,
            log: s.log.map(function (e) { return { term: e.term, command: e.command }; }),
            commitIndex: s.commitIndex, leaderId: s.leaderId,
            votes: Object.keys(s.votes).sort(),
            timerStart: s.timerStart, timerEnd: s.timerEnd
          };
        }),
        cut: Object.keys(cut).sort().map(function (k) { return k.split('|'); })
      };
    }

    /* Messages on the wire: for drawing. */
    function messages() {
      return queue.items.filter(function (ev) { return ev.type === 'deliver'; }).map(function (ev) {
        return { from: ev.msg.from, to: ev.msg.to, type: ev.msg.type, sent: ev.sent, arrives: ev.time };
      });
    }

    sc.script.forEach(function (e) { schedule(Math.max(0, e.at | 0), { type: 'script', event: e }); });
    servers.forEach(resetElectionTimer);

    return {
      scenario: sc,
      step: step,
      runUntil: runUntil,
      state: state,
      messages: messages,
      now: function () { return now; },
      events: function () { return log.slice(); },
      eventCount: function () { return log.length; },
      notes: function () { return notes.slice(); },
      isCut: function (a, b) { return !!cut[pair(a, b)]; },
      stop: ops.stop,
      restart: ops.restart,
      cut: ops.cut,
      heal: ops.heal,
      isolate: ops.isolate,
      request: ops.request
    };
  }

  /* The UI ------------------------------------------------------------------------------------ */

  var SVG = 'http://www.w3.org/2000/svg';
  function svg(name, attrs, parent) {
    var el = document.createElementNS(SVG, name);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(el);
    return el;
  }
  function html(name, cls, parent, text) {
    var el = document.createElement(name);
    if (cls) el.className = cls;
    if (text !== undefined) el.textContent = text;
    if (parent) parent.appendChild(el);
    return el;
  }
  /* Enter and Space press an SVG "button" like a real one. */
  function pressable(el, label, action) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', label);
    el.addEventListener('click', action);
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); e.stopPropagation(); action(); }
    });
  }

  function mount(figure) {
    if (figure.getAttribute('data-mounted')) return null;
    figure.setAttribute('data-mounted', 'true');
    var scenario = JSON.parse(figure.getAttribute('data-scenario') || '{}');
    var sim = create(scenario);
    var n = sim.scenario.servers;
    var controls = figure.querySelector('.raft-sim-controls');
    var stage = figure.querySelector('.raft-sim-stage');
    var status = figure.querySelector('.raft-sim-status');
    var fallback = figure.querySelector('.raft-sim-static');
    var play = figure.querySelector('.raft-sim-play');
    var speed = figure.querySelector('.raft-sim-speed select');
    var clock = figure.querySelector('.raft-sim-clock');
    controls.hidden = false;
    stage.hidden = false;
    if (fallback) fallback.hidden = true;

    /* Servers on a circle; every pair has a link that can be cut. */
    var W = 360, H = 280, R = 22, cx = W / 2, cy = H / 2, ring = n === 1 ? 0 : 105;
    var pos = {};
    for (var i = 0; i < n; i++) {
      var a = -Math.PI / 2 + (2 * Math.PI * i) / n;
      pos['S' + (i + 1)] = { x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a) };
    }
    var picture = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, class: 'raft-sim-picture',
      role: 'group', 'aria-label': 'Cluster: press a server to stop or restart it, a link to cut or heal it' }, stage);
    var linkLayer = svg('g', {}, picture), msgLayer = svg('g', { 'aria-hidden': 'true' }, picture);
    var serverLayer = svg('g', {}, picture);
    var links = [];
    for (var x = 1; x <= n; x++) {
      for (var y = x + 1; y <= n; y++) {
        (function (a, b) {
          var g = svg('g', { class: 'raft-sim-link' }, linkLayer);
          svg('line', { x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, class: 'hit' }, g);
          svg('line', { x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, class: 'wire' }, g);
          pressable(g, 'Link ' + a + '-' + b, function () {
            if (sim.isCut(a, b)) sim.heal(a, b); else sim.cut(a, b);
            draw();
          });
          links.push({ a: a, b: b, g: g });
        })('S' + x, 'S' + y);
      }
    }
    var nodes = {};
    var cards = html('ol', 'raft-sim-servers', stage);
    Object.keys(pos).forEach(function (id) {
      var g = svg('g', { class: 'raft-sim-server', transform: 'translate(' + pos[id].x + ' ' + pos[id].y + ')' }, serverLayer);
      var timer = svg('circle', { r: R + 5, class: 'timer', pathLength: 100 }, g);
      svg('circle', { r: R, class: 'body' }, g);
      var name = svg('text', { y: -3, class: 'name' }, g);
      name.textContent = id;
      var term = svg('text', { y: 12, class: 'term' }, g);
      var toggle = function () {
        var s = sim.state().servers[+id.slice(1) - 1];
        if (s.up) sim.stop(id); else sim.restart(id);
        draw();
      };
      pressable(g, id, toggle);
      var li = html('li', 'raft-sim-card', cards);
      var head = html('div', 'raft-sim-card-head', li);
      var label = html('span', 'raft-sim-card-label', head);
      var button = html('button', 'raft-sim-toggle', head, 'Stop');
      button.type = 'button';
      button.addEventListener('click', toggle);
      var entries = html('ol', 'raft-sim-log', li);
      entries.setAttribute('aria-label', id + ' log');
      nodes[id] = { g: g, timer: timer, term: term, label: label, button: button, entries: entries, sig: '' };
    });

    var playing = false, last = 0, seen = 0, requestCount = 0;

    function setStatus(text) { if (status.textContent !== text) status.textContent = text; }

    function drawLog(node, s) {
      var sig = s.log.length + ':' + s.commitIndex + ':' + (s.log.length ? s.log[s.log.length - 1].term : 0) +
        ':' + s.log.map(function (e) { return e.term; }).join(',');
      if (sig === node.sig) return;
      node.sig = sig;
      node.entries.textContent = '';
      s.log.forEach(function (e, k) {
        var li = html('li', 'raft-sim-entry term-' + (e.term % 6) + (k < s.commitIndex ? ' committed' : ''),
          node.entries, String(e.term));
        li.title = 'index ' + (k + 1) + ', term ' + e.term + ': ' + (e.command === null ? 'no-op' : e.command) +
          (k < s.commitIndex ? ' (committed)' : '');
        if (k + 1 === s.commitIndex) li.classList.add('commit-mark');
      });
      if (!s.log.length) html('li', 'raft-sim-empty', node.entries, 'empty log');
    }

    function draw() {
      var st = sim.state(), now = st.time;
      clock.textContent = now + ' ms';
      st.servers.forEach(function (s) {
        var node = nodes[s.id];
        node.g.setAttribute('class', 'raft-sim-server ' + (s.up ? s.role : 'stopped'));
        node.term.textContent = s.up ? 't' + s.term : 'off';
        var left = s.up && s.role !== 'leader' && s.timerEnd > s.timerStart ?
          Math.max(0, Math.min(1, (s.timerEnd - now) / (s.timerEnd - s.timerStart))) : 0;
        node.timer.setAttribute('stroke-dasharray', (left * 100).toFixed(1) + ' 100');
        var what = s.up ? s.role : 'stopped';
        node.label.textContent = s.id + ' · ' + what + ' · term ' + s.term + ' · voted ' + (s.votedFor || '—') +
          ' · commit ' + s.commitIndex;
        node.button.textContent = s.up ? 'Stop ' + s.id : 'Restart ' + s.id;
        node.g.setAttribute('aria-label', s.id + ', ' + what + ', term ' + s.term + '. Press to ' +
          (s.up ? 'stop' : 'restart') + ' it');
        drawLog(node, s);
      });
      links.forEach(function (l) {
        var isCut = sim.isCut(l.a, l.b);
        l.g.setAttribute('class', 'raft-sim-link' + (isCut ? ' cut' : ''));
        l.g.setAttribute('aria-label', 'Link ' + l.a + '-' + l.b + (isCut ? ', cut. Press to heal it' : '. Press to cut it'));
      });
      msgLayer.textContent = '';
      sim.messages().forEach(function (m) {
        var f = Math.max(0, Math.min(1, (now - m.sent) / Math.max(1, m.arrives - m.sent)));
        var p = pos[m.from], q = pos[m.to];
        svg('circle', { r: 4, class: 'raft-sim-msg ' + m.type, cx: p.x + (q.x - p.x) * f, cy: p.y + (q.y - p.y) * f }, msgLayer);
      });
      var notes = sim.notes();
      if (notes.length > seen) {
        seen = notes.length;
        var note = notes[notes.length - 1];
        setStatus(note.time + ' ms: ' + note.text);
      }
    }

    function frame(t) {
      if (!playing) return;
      var dt = Math.min(100, t - last);
      last = t;
      sim.runUntil(sim.now() + Math.max(1, Math.round(dt * parseFloat(speed.value))));
      draw();
      window.requestAnimationFrame(frame);
    }
    function setPlaying(on) {
      playing = on;
      play.textContent = on ? 'Pause' : 'Play';
      play.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on) {
        last = performance.now();
        window.requestAnimationFrame(frame);
      }
    }

    play.addEventListener('click', function () { setPlaying(!playing); });
    figure.querySelector('.raft-sim-step').addEventListener('click', function () {
      setPlaying(false);
      var before = sim.eventCount();
      sim.step();
      draw();
      /* Say what this one event did: the first line it logged (a message, a timeout, ...). */
      var line = sim.eventCount() > before ? sim.events()[before] : sim.now() + ' (a stale timer)';
      setStatus(line.replace(/^(\d+) /, '$1 ms: ').replace(/->/g, ' to '));
    });
    figure.querySelector('.raft-sim-reset').addEventListener('click', function () {
      setPlaying(false);
      sim = create(scenario);
      seen = 0;
      requestCount = 0;
      Object.keys(nodes).forEach(function (id) { nodes[id].sig = ''; });
      draw();
      setStatus('Reset to the start of the scenario.');
    });
    figure.querySelector('.raft-sim-request').addEventListener('click', function () {
      requestCount++;
      sim.request('c' + requestCount);
      draw();
    });
    draw();
    setStatus('Paused at 0 ms. Press Play, or Step through one event at a time.');
    var api = { figure: figure, sim: function () { return sim; }, draw: draw, play: setPlaying };
    figure.raftSim = api;
    return api;
  }


  /* Reading a pasted scenario ------------------------------------------------------------------
     The same rules and messages as the build's reader (site/.../markdown/RaftSims.java), over the
     small part of YAML a scenario uses: 'key: value' lines, a block list of events, flow lists
     [a, b] and flow maps {at: 1, stop: S1}, quotes and comments. Lines are numbered as in the
     pasted text; the report's '        | ' prefix and the ```raft-sim fence lines are ignored. */

  var KEYS = 'servers, seed, title, script, election_timeout, heartbeat, delay';
  var EVENT_KEYS = 'at, stop, restart, request, cut, heal, isolate';
  var MAX_SERVERS = 9, MAX_TIME = 3600000;

  function Problem(message, line) { this.message = message; this.line = line; }
  function fail(message, line) { throw new Problem(message, line); }
  function malformed(what, line) { fail('malformed raft-sim YAML: ' + what, line); }

  /* Removes a comment: '#' at the start or after a space, outside quotes. */
  function uncomment(text) {
    var quote = null;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (quote) { if (c === quote) quote = null; }
      else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/.test(text.charAt(i - 1)))) return text.slice(0, i);
    }
    return text;
  }

  /* A flow value (scalar, [list] or {map}) from text[at...]; returns {node, end}. */
  function flow(text, at, line, inFlow) {
    while (text.charAt(at) === ' ') at++;
    var c = text.charAt(at);
    if (c === '[' || c === '{') {
      var isMap = c === '{', close = isMap ? '}' : ']', items = [];
      at++;
      for (;;) {
        while (text.charAt(at) === ' ') at++;
        if (text.charAt(at) === close) { at++; break; }
        if (at >= text.length) malformed('a flow ' + (isMap ? 'map' : 'list') + ' is not closed with ' + close, line);
        if (isMap) {
          var k = flow(text, at, line, true);
          at = k.end;
          while (text.charAt(at) === ' ') at++;
          if (text.charAt(at) !== ':') malformed("expected ':' after a key in a flow map", line);
          var v = flow(text, at + 1, line, true);
          items.push({ key: k.node, value: v.node });
          at = v.end;
        } else {
          var item = flow(text, at, line, true);
          items.push(item.node);
          at = item.end;
        }
        while (text.charAt(at) === ' ') at++;
        if (text.charAt(at) === ',') at++;
        else if (text.charAt(at) !== close) malformed("expected ',' or '" + close + "'", line);
      }
      return { node: isMap ? { kind: 'map', line: line, entries: items } : { kind: 'seq', line: line, items: items }, end: at };
    }
    if (c === '"' || c === "'") {
      var endQuote = text.indexOf(c, at + 1);
      if (endQuote < 0) malformed('a quoted text is not closed', line);
      return { node: { kind: 'scalar', line: line, value: text.slice(at + 1, endQuote) }, end: endQuote + 1 };
    }
    var stop = at;
    while (stop < text.length) {
      var d = text.charAt(stop);
      if (inFlow && (d === ',' || d === ']' || d === '}')) break;
      if (d === ':' && (stop + 1 === text.length || text.charAt(stop + 1) === ' ')) break;
      stop++;
    }
    return { node: { kind: 'scalar', line: line, value: text.slice(at, stop).trim() }, end: stop };
  }

  /* One whole value on a line; nothing may follow it. */
  function value(text, line) {
    var v = flow(text, 0, line, false);
    if (text.slice(v.end).trim() !== '') malformed("unexpected '" + text.slice(v.end).trim() + "'", line);
    return v.node;
  }

  /* The pasted text as lines {n, indent, text} worth reading. */
  function meaningfulLines(pasted) {
    var raw = String(pasted).replace(/\r\n?/g, '\n').split('\n').map(function (l) {
      return l.replace(/^\s*\|( |$)/, '');
    });
    var from = 0, to = raw.length;
    for (var i = 0; i < raw.length; i++) {
      if (/^\s*```+\s*raft-sim\b/.test(raw[i])) {
        from = i + 1;
        to = raw.length;
        for (var j = from; j < raw.length; j++) if (/^\s*```/.test(raw[j])) { to = j; break; }
        break;
      }
    }
    var lines = [];
    for (var k = from; k < to; k++) {
      if (/^\s*```/.test(raw[k])) continue;
      var text = uncomment(raw[k]).replace(/\s+$/, '');
      if (text.trim() === '') continue;
      if (/^\s*\t/.test(text)) malformed('a tab in the indentation; indent with spaces', k + 1);
      lines.push({ n: k + 1, indent: text.match(/^ */)[0].length, text: text.trim() });
    }
    return lines;
  }

  /* 'key: rest' split, or null. */
  function keyed(text, line) {
    var k = flow(text, 0, line, false);
    if (k.node.kind !== 'scalar' || text.charAt(k.end) !== ':') return null;
    return { key: k.node, rest: text.slice(k.end + 1).trim() };
  }

  /* A block map of the lines from index i at this indent; returns {node, next}. */
  function blockMap(lines, i, indent, first) {
    var entries = [], line = first ? first.n : lines[i].n;
    function entry(text, n) {
      var kv = keyed(text, n);
      if (!kv) malformed("expected 'key: value', found '" + text + "'", n);
      return kv;
    }
    if (first) {
      var kv0 = entry(first.text, first.n);
      if (kv0.rest === '') malformed('a nested block inside a list item is not supported here; write {at: ..., stop: S1}', first.n);
      entries.push({ key: kv0.key, value: value(kv0.rest, first.n) });
    }
    while (i < lines.length && lines[i].indent === indent && !/^-( |$)/.test(lines[i].text)) {
      var l = lines[i], kv = entry(l.text, l.n);
      i++;
      if (kv.rest !== '') {
        entries.push({ key: kv.key, value: value(kv.rest, l.n) });
      } else if (i < lines.length && lines[i].indent >= indent && /^-( |$)/.test(lines[i].text)) {
        var list = blockList(lines, i, lines[i].indent);
        entries.push({ key: kv.key, value: list.node });
        i = list.next;
      } else if (i < lines.length && lines[i].indent > indent) {
        var map = blockMap(lines, i, lines[i].indent);
        entries.push({ key: kv.key, value: map.node });
        i = map.next;
      } else {
        entries.push({ key: kv.key, value: { kind: 'scalar', line: l.n, value: '' } });
      }
    }
    if (i < lines.length && lines[i].indent > indent) malformed('bad indentation', lines[i].n);
    return { node: { kind: 'map', line: line, entries: entries }, next: i };
  }

  function blockList(lines, i, indent) {
    var items = [], line = lines[i].n;
    while (i < lines.length && lines[i].indent === indent && /^-( |$)/.test(lines[i].text)) {
      var l = lines[i], rest = l.text.slice(1).trim();
      i++;
      if (rest === '') malformed('an empty list item', l.n);
      var inner = indent + (l.text.length - l.text.slice(1).trimStart().length);
      if (/^[\[{"']/.test(rest) || !keyed(rest, l.n)) {
        items.push(value(rest, l.n));
      } else {
        var map = blockMap(lines, i, inner, { n: l.n, text: rest });
        items.push(map.node);
        i = map.next;
      }
    }
    return { node: { kind: 'seq', line: line, items: items }, next: i };
  }

  function show(node) { return node.kind === 'scalar' ? node.value : '(a list or map)'; }

  function number(node, key, min, max) {
    if (node.kind === 'scalar' && /^\d{1,9}$/.test(node.value.trim())) {
      var n = parseInt(node.value.trim(), 10);
      if (n >= min && n <= max) return n;
    }
    fail("'" + key + "' must be a whole number from " + min + ' to ' + max + ", not '" + show(node) + "'", node.line);
  }
  function range(node, key) {
    if (node.kind === 'seq' && node.items.length === 2) {
      var min = number(node.items[0], key, 1, MAX_TIME), max = number(node.items[1], key, 1, MAX_TIME);
      if (min <= max) return [min, max];
    }
    fail("'" + key + "' must be [min, max] in milliseconds, such as [150, 300], with min <= max", node.line);
  }
  function text(node, key) {
    if (node.kind === 'scalar' && node.value.trim() !== '') return node.value.trim();
    fail("'" + key + "' must be text", node.line);
  }
  function serverName(node, key, servers, line) {
    if (node.kind === 'scalar' && /^S[1-9]$/.test(node.value) && +node.value.charAt(1) <= servers) return node.value;
    fail("'" + key + "' names a server from S1 to S" + servers + ", not '" + show(node) + "'", line);
  }
  function link(node, key, servers, line) {
    if (node.kind === 'scalar' && node.value === 'all') return 'all';
    if (node.kind === 'seq' && node.items.length === 2) {
      var a = serverName(node.items[0], key, servers, line), b = serverName(node.items[1], key, servers, line);
      if (a !== b) return [a, b];
    }
    fail("'" + key + "' must be two different servers, such as [S1, S2], or all", line);
  }
  function keyOf(entry, seen) {
    if (entry.key.kind !== 'scalar') fail('raft-sim keys are plain words', entry.key.line);
    if (seen[entry.key.value]) fail("'" + entry.key.value + "' appears twice", entry.key.line);
    seen[entry.key.value] = true;
    return entry.key.value;
  }

  function event(item, servers) {
    if (item.kind !== 'map') fail('each script event is a map with \'at\' and one action, such as {at: 1200, stop: S1}', item.line);
    var time = null, action = null, arg = null, seen = {};
    item.entries.forEach(function (e) {
      var key = keyOf(e, seen), line = e.key.line;
      if (key === 'at') { time = number(e.value, 'at', 0, MAX_TIME); return; }
      if (['stop', 'restart', 'request', 'cut', 'heal', 'isolate'].indexOf(key) < 0) {
        fail("unknown raft-sim event key '" + key + "'; known: " + EVENT_KEYS, line);
      }
      if (action !== null) fail("an event does one thing; split '" + action + "' and '" + key + "' into two events", line);
      action = key;
      if (key === 'stop' || key === 'restart' || key === 'isolate') arg = serverName(e.value, key, servers, line);
      else if (key === 'request') arg = text(e.value, key);
      else arg = link(e.value, key, servers, line);
    });
    if (time === null) fail("the event has no 'at' (its virtual time in ms)", item.line);
    if (action === null) fail('the event has no action; add one of: ' + EVENT_KEYS.slice(4), item.line);
    var ev = { at: time };
    ev[action] = arg;
    return ev;
  }

  /* The scenario in the pasted text: {scenario} or {error, line} (1-based, as pasted). */
  function parse(pasted) {
    try {
      var lines = meaningfulLines(pasted);
      var root;
      if (!lines.length) root = { kind: 'map', line: 1, entries: [] };
      else if (/^-( |$)/.test(lines[0].text)) root = blockList(lines, 0, lines[0].indent).node;
      else if (keyed(lines[0].text, lines[0].n)) {
        var read = blockMap(lines, 0, lines[0].indent);
        if (read.next < lines.length) malformed('bad indentation', lines[read.next].n);
        root = read.node;
      } else root = value(lines[0].text, lines[0].n);
      if (root.kind !== 'map') fail("a raft-sim block is a YAML map such as 'servers: 5' and 'seed: 7'; see site/README.md", root.line);
      var sc = { servers: 5, seed: 1, title: null, election_timeout: [150, 300], heartbeat: 50, delay: [10, 30], script: [] };
      var heartbeatLine = 0, timeoutLine = 0, script = null, seen = {};
      root.entries.forEach(function (e) {
        var key = keyOf(e, seen), v = e.value, line = e.key.line;
        v.line = v.kind === 'scalar' ? line : v.line;
        if (key === 'servers') sc.servers = number(v, key, 1, MAX_SERVERS);
        else if (key === 'seed') {
          if (v.kind === 'scalar' && /^\d{1,10}$/.test(v.value.trim()) && +v.value.trim() <= 4294967295) sc.seed = +v.value.trim();
          else fail("'seed' must be a whole number from 0 to 4294967295, not '" + show(v) + "'", line);
        } else if (key === 'title') sc.title = text(v, key);
        else if (key === 'heartbeat') { sc.heartbeat = number(v, key, 1, MAX_TIME); heartbeatLine = line; }
        else if (key === 'election_timeout') { v.line = line; sc.election_timeout = range(v, key); timeoutLine = line; }
        else if (key === 'delay') { v.line = line; sc.delay = range(v, key); }
        else if (key === 'script') {
          if (v.kind !== 'seq') fail("'script' must be a list of events such as '- {at: 1200, stop: S1}'", line);
          script = v;
        } else fail("unknown raft-sim key '" + key + "'; known: " + KEYS, line);
      });
      if (sc.heartbeat >= sc.election_timeout[0]) {
        fail("'heartbeat' (" + sc.heartbeat + ' ms) must be shorter than the smallest election timeout (' +
          sc.election_timeout[0] + ' ms), or followers would keep starting elections', Math.max(heartbeatLine, timeoutLine) || 1);
      }
      if (script) sc.script = script.items.map(function (item) { return event(item, sc.servers); });
      var out = { servers: sc.servers, seed: sc.seed };
      if (sc.title !== null) out.title = sc.title;
      out.election_timeout = sc.election_timeout;
      out.heartbeat = sc.heartbeat;
      out.delay = sc.delay;
      out.script = sc.script;
      return { scenario: out };
    } catch (e) {
      if (e instanceof Problem) return { error: e.message, line: e.line };
      throw e;
    }
  }

  /* The "Replay a lab run" page: a pasted scenario becomes a simulator figure, or an error with
     its line. The figure's markup comes from the build (a <template>), so it is the lessons'. */
  function initReplay(form) {
    var box = form.querySelector('textarea');
    var error = form.querySelector('.raft-replay-error');
    var stage = document.querySelector('.raft-replay-stage');
    var template = document.getElementById('raft-replay-figure');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var read = parse(box.value);
      stage.textContent = '';
      if (read.error) {
        error.textContent = 'Line ' + read.line + ': ' + read.error;
        error.hidden = false;
        box.setAttribute('aria-invalid', 'true');
        return;
      }
      error.hidden = true;
      error.textContent = '';
      box.removeAttribute('aria-invalid');
      var figure = template.content.querySelector('figure').cloneNode(true);
      figure.setAttribute('data-scenario', JSON.stringify(read.scenario));
      figure.querySelector('figcaption').textContent =
        'Raft simulator' + (read.scenario.title ? ': ' + read.scenario.title : '');
      var fallback = figure.querySelector('.raft-sim-static');
      if (fallback) fallback.remove();
      var list = document.createElement('ol');
      list.className = 'raft-replay-script';
      read.scenario.script.forEach(function (ev) {
        var action = Object.keys(ev).filter(function (k) { return k !== 'at'; })[0];
        var what = ev[action];
        html('li', null, list, ev.at + ' ms: ' + action + ' ' + (Array.isArray(what) ? what.join('-') : what));
      });
      stage.appendChild(figure);
      if (read.scenario.script.length) stage.appendChild(list);
      mount(figure);
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('figure.raft-sim[data-scenario]'), function (f) {
      try { mount(f); } catch (e) { if (window.console) window.console.error('raft-sim: ' + e.message); }
    });
    Array.prototype.forEach.call(document.querySelectorAll('form.raft-replay'), initReplay);
  }

  window.RaftSim = { create: create, mount: mount, parse: parse };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
