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

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('figure.raft-sim[data-scenario]'), function (f) {
      try { mount(f); } catch (e) { if (window.console) window.console.error('raft-sim: ' + e.message); }
    });
  }

  window.RaftSim = { create: create, mount: mount };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
