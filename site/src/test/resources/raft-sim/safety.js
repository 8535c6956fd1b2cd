/* Raft's safety properties, checked after every event of many random runs of RaftSim.create.
   Run in the page by RaftSimBrowserTest (arguments[0] = first seed, arguments[1] = seeds,
   arguments[2] = virtual ms per run); returns {runs, events, leaders, commits, violations}. */
return (function (firstSeed, seeds, duration) {
  function rng(a) {
    return function () {
      a = (a + 0x6D2B79F5) | 0;
      var t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  /* A random script: stops, restarts, cuts, heals, isolations and requests. */
  function script(seed, servers) {
    var r = rng(seed * 7919 + 1), events = [];
    function pick() { return 'S' + (1 + Math.floor(r() * servers)); }
    for (var t = 200; t < duration; t += 50 + Math.floor(r() * 400)) {
      var k = r(), a = pick(), b = pick();
      if (k < 0.15) events.push({ at: t, stop: a });
      else if (k < 0.35) events.push({ at: t, restart: a });
      else if (k < 0.45 && a !== b) events.push({ at: t, cut: [a, b] });
      else if (k < 0.55 && a !== b) events.push({ at: t, heal: [a, b] });
      else if (k < 0.6) events.push({ at: t, isolate: a });
      else if (k < 0.65) events.push({ at: t, heal: 'all' });
      else events.push({ at: t, request: 'v' + t });
    }
    return events;
  }
  var violations = [], total = 0, leaderCount = 0, commitCount = 0;
  function fail(seed, time, what) { if (violations.length < 20) violations.push('seed ' + seed + ' at ' + time + ' ms: ' + what); }
  function same(a, b) { return a.term === b.term && a.command === b.command; }
  for (var seed = firstSeed; seed < firstSeed + seeds; seed++) {
    var servers = 3 + (seed % 3) * 1 + (seed % 2); // 3 to 6 servers
    var sim = RaftSim.create({ servers: servers, seed: seed, script: script(seed, servers),
      election_timeout: [150, 300], heartbeat: 50, delay: [5, 40 + (seed % 4) * 40] });
    var leaders = {}, committed = [], bad = false;
    while (!bad && sim.step() && sim.now() <= duration) {
      total++;
      var st = sim.state(), t = st.time;
      st.servers.forEach(function (s) {
        /* Election Safety: at most one leader per term. */
        if (s.role === 'leader') {
          if (leaders[s.term] === undefined) { leaders[s.term] = s.id; leaderCount++; }
          else if (leaders[s.term] !== s.id) { fail(seed, t, 'two leaders in term ' + s.term + ': ' + leaders[s.term] + ' and ' + s.id); bad = true; }
        }
        /* State Machine Safety: what any server ever committed stays, at every index, on every
           server that has committed that far; Leader Completeness: a leader holds it all. */
        for (var i = 0; i < s.commitIndex; i++) {
          if (i >= s.log.length) { fail(seed, t, s.id + ' commitIndex ' + s.commitIndex + ' beyond its log'); bad = true; break; }
          if (committed[i] === undefined) { committed[i] = s.log[i]; commitCount++; }
          else if (!same(committed[i], s.log[i])) { fail(seed, t, s.id + ' committed a different entry at index ' + (i + 1)); bad = true; break; }
        }
        if (s.up && s.role === 'leader') {
          var leaderTermOk = true;
          for (var j = 0; j < committed.length; j++) {
            if (!s.log[j] || !same(committed[j], s.log[j])) { leaderTermOk = false; break; }
          }
          if (!leaderTermOk) {
            /* Only leaders of a term after the commit must hold it; a deposed leader of an older
               term that has not heard of the newer one may lag. */
            var newest = Math.max.apply(null, st.servers.map(function (x) { return x.term; }));
            if (s.term === newest) { fail(seed, t, 'leader ' + s.id + ' of term ' + s.term + ' misses a committed entry'); bad = true; }
          }
        }
      });
      /* Log Matching: same index and term means identical logs up to there. */
      for (var a = 0; a < st.servers.length && !bad; a++) {
        for (var b = a + 1; b < st.servers.length && !bad; b++) {
          var la = st.servers[a].log, lb = st.servers[b].log;
          var agreeAt = -1;
          for (var k = Math.min(la.length, lb.length) - 1; k >= 0; k--) {
            if (la[k].term === lb[k].term) { agreeAt = k; break; }
          }
          for (var m = 0; m <= agreeAt; m++) {
            if (!same(la[m], lb[m])) { fail(seed, t, 'logs of ' + st.servers[a].id + ' and ' + st.servers[b].id + ' differ at ' + (m + 1) + ' below a matching index ' + (agreeAt + 1)); bad = true; break; }
          }
        }
      }
    }
  }
  return { runs: seeds, events: total, leaders: leaderCount, commits: commitCount, violations: violations };
})(arguments[0], arguments[1], arguments[2]);
