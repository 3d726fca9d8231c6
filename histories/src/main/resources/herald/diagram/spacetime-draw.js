// Herald's space-time diagram, part 2 of 3: drawing. Only what lies near the screen is drawn,
// as one SVG string per redraw, so a history of 10^5 events scrolls like one of ten.

// ---- Drawing. ----

var svg = document.getElementById('canvas');
var layer = document.getElementById('layer');
var head = document.getElementById('lane-names');
var tip = document.getElementById('tip');
var status = document.getElementById('status');
var drawn = { top: 0, bottom: -1, from: 0, to: -1, marks: 0, summary: false };

function esc(s) {
  return String(s).replace(/[&<>"]/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
  });
}

function colorOf(node) {
  var k = nodeIndex[node];
  return k === undefined ? '#555' : PALETTE[k % PALETTE.length];
}

function svgTop() { return svg.getBoundingClientRect().top + window.scrollY; }

function redraw() {
  var t0 = performance.now();
  var view = window.scrollY - svgTop(), h = window.innerHeight;
  var top = N <= DRAW_WHOLE ? -Infinity : view - h;
  var bottom = N <= DRAW_WHOLE ? Infinity : view + 2 * h;
  var from = firstAtOrBelow(top - 2 * ROW), to = lastAtOrAbove(bottom + 2 * ROW);
  var out = [];
  var lo = Math.max(0, top), hi = Math.min(L.height, bottom);
  drawBands(out, lo, hi);
  drawLanes(out, lo, hi);
  var summary = to - from + 1 > SUMMARY;
  if (summary) {
    drawDensity(out, from, to);
    from = 0; to = -1;
  } else {
    drawArrows(out, from, to);
    drawMarks(out, from, to);
    drawRings(out, from, to);
  }
  drawNotes(out, lo, hi);
  drawAxis(out, lo, hi, from, to);
  layer.innerHTML = out.join('');
  drawn = { top: top, bottom: bottom, from: from, to: to, summary: summary,
    marks: layer.getElementsByClassName('mark').length };
  status.textContent = summary
    ? (lastAtOrAbove(bottom) - firstAtOrBelow(top) + 1) + ' events in view: zoom in (+) to see each one'
    : '';
  report(performance.now() - t0);
}

function drawBands(out, lo, hi) {
  faults.forEach(function (f) {
    var y1 = L.Y[f.start], y2 = bandBottom(f);
    if (y2 < lo || y1 > hi) return;
    var hgt = Math.max(2, y2 - y1), left = L.x0 - L.laneW / 2;
    if (f.groups) {
      f.groups.forEach(function (g, n) {
        g.forEach(function (node) {
          var k = nodeIndex[node];
          if (k === undefined) return;
          out.push('<rect class="band" x="' + (x(k) - L.laneW / 2 + 3) + '" y="' + y1 + '" width="' + (L.laneW - 6) +
            '" height="' + hgt + '" fill="' + TINTS[n % TINTS.length] + '"/>');
        });
      });
    } else {
      out.push('<rect class="band ' + (f.fault === 'loss' ? 'lossy' : 'other') + '" x="' + left + '" y="' + y1 +
        '" width="' + (L.laneW * LANES) + '" height="' + hgt + '"/>');
    }
    out.push('<rect class="track ' + esc(f.fault) + '" x="' + (trackX(f) - 2) + '" y="' + y1 + '" width="4" height="' +
      hgt + '"/>');
    // The label runs down beside its bar, so it never covers an event, cut to the band's length
    // and repeated every LABEL_EVERY pixels, so a long band is named wherever one scrolls.
    var lx = trackX(f) + 3;
    for (var ly = y1 + 10; ly < y2 - 24; ly += LABEL_EVERY) {
      if (ly + LABEL_EVERY < lo || ly > hi) continue;
      var room = Math.floor((Math.min(y2, ly + LABEL_EVERY) - ly - 10) / 6.2), label = f.label;
      if (room < label.length) label = room >= 4 ? label.slice(0, room - 1) + '…' : '';
      if (label) {
        out.push('<text class="band-label" x="' + lx + '" y="' + ly + '" transform="rotate(90 ' + lx + ' ' + ly +
          ')">' + esc(label) + '</text>');
      }
    }
  });
}

function drawLanes(out, lo, hi) {
  var end = L.height - ROW;
  for (var k = 0; k < LANES; k++) {
    var X = x(k), y = Math.max(lo, 0), stop = Math.min(hi, end);
    out.push('<line class="lane" x1="' + X + '" x2="' + X + '" y1="' + y + '" y2="' + stop + '"/>');
    down[k].forEach(function (d) {
      var y1 = L.Y[d[0]], y2 = d[1] >= 0 ? L.Y[d[1]] : end;
      if (y2 < lo || y1 > hi) return;
      out.push('<line class="lane down" x1="' + X + '" x2="' + X + '" y1="' + y1 + '" y2="' + y2 + '"/>');
    });
  }
}

function drawArrows(out, from, to) {
  if (!state.packets && !state.messages) return;
  var lo = 0, hi = arrows.length;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (reach[mid] < from) lo = mid + 1; else hi = mid; }
  for (var a = lo; a < arrows.length && arrows[a][0] <= to; a++) {
    var s = arrows[a][0], r = arrows[a][1], kind = arrows[a][2];
    if (r < from) continue;
    if (kind === 2 ? !state.messages : !state.packets) continue;
    var p = pos(s), q = pos(r);
    if (kind === 1) {
      out.push('<line class="lost" x1="' + p[0] + '" y1="' + p[1] + '" x2="' + q[0] + '" y2="' + q[1] + '"/>');
    } else if (kind === 2) {
      out.push('<line class="message" stroke="' + colorOf(EV[s].node) + '" x1="' + p[0] + '" y1="' + p[1] +
        '" x2="' + q[0] + '" y2="' + q[1] + '"/>');
    } else if (p[0] === q[0]) {
      out.push('<path class="packet" d="M' + p[0] + ' ' + p[1] + ' C' + (p[0] + 26) + ' ' + p[1] + ' ' +
        (q[0] + 26) + ' ' + q[1] + ' ' + (q[0] + 4) + ' ' + q[1] + '"/>');
    } else {
      out.push('<line class="packet" x1="' + p[0] + '" y1="' + p[1] + '" x2="' + q[0] + '" y2="' + q[1] + '"/>');
    }
  }
}

function drawMarks(out, from, to) {
  var label = state.labels && L.row >= 11;
  for (var i = from; i <= to; i++) {
    var e = EV[i], p = pos(i), X = p[0], Y = p[1], at = ' data-i="' + i + '"';
    var lx = X + (cited[i] ? 10 + 4 * cited[i].length : 9);
    switch (e.type) {
      case 'broadcast':
        out.push('<circle class="mark broadcast"' + at + ' cx="' + X + '" cy="' + Y + '" r="5.5" fill="' +
          colorOf(e.node) + '"/>');
        if (label) out.push('<text class="msg" x="' + lx + '" y="' + (Y + 4) + '">' + esc(e.msg) + '</text>');
        break;
      case 'deliver':
        out.push('<circle class="mark deliver"' + at + ' cx="' + X + '" cy="' + Y + '" r="4.5" stroke="' +
          colorOf(e.origin) + '"/>');
        if (label) out.push('<text class="msg" x="' + lx + '" y="' + (Y + 4) + '">' + esc(e.msg) + '</text>');
        break;
      case 'send':
      case 'recv':
        out.push('<circle class="mark ' + e.type + '"' + at + ' cx="' + X + '" cy="' + Y + '" r="2.2"/>');
        break;
      case 'crash':
        out.push('<path class="mark crash"' + at + ' d="' + cross(X, Y, 7) + '"/>');
        if (label) out.push('<text class="event-label" x="' + (lx + 1) + '" y="' + (Y + 4) + '">crash</text>');
        break;
      case 'recover':
        out.push('<path class="mark recover"' + at + ' d="M' + X + ' ' + (Y - 7) + ' L' + (X + 7) + ' ' + (Y + 5) +
          ' L' + (X - 7) + ' ' + (Y + 5) + ' Z"/>');
        if (label) out.push('<text class="event-label" x="' + (lx + 1) + '" y="' + (Y + 4) + '">recover</text>');
        break;
      case 'drop':
        out.push('<path class="mark drop"' + at + ' d="' + cross(X, Y, 4.5) + '"/>');
        break;
      case 'fault':
        out.push('<path class="mark fault"' + at + ' d="M' + (X - 5) + ' ' + (Y - 4) + ' L' + (X + 5) + ' ' + (Y - 4) +
          ' L' + X + ' ' + (Y + 4) + ' Z"/>');
        break;
      case 'log':
        out.push('<path class="mark log"' + at + ' d="M' + X + ' ' + (Y - 4) + ' L' + (X + 4) + ' ' + Y + ' L' + X +
          ' ' + (Y + 4) + ' L' + (X - 4) + ' ' + Y + ' Z"/>');
        break;
      case 'end':
        out.push('<line class="mark end"' + at + ' x1="' + (L.x0 - L.laneW / 2) + '" x2="' + (L.right) + '" y1="' +
          Y + '" y2="' + Y + '"/>');
        out.push('<text class="event-label" x="' + (L.right + 4) + '" y="' + (Y + 4) + '">end</text>');
        break;
      default:
        out.push('<rect class="mark unknown"' + at + ' x="' + (X - 4) + '" y="' + (Y - 4) + '" width="8" height="8"/>');
    }
  }
}

function cross(X, Y, r) {
  return 'M' + (X - r) + ' ' + (Y - r) + ' L' + (X + r) + ' ' + (Y + r) + ' M' + (X - r) + ' ' + (Y + r) + ' L' +
    (X + r) + ' ' + (Y - r);
}

function drawRings(out, from, to) {
  for (var i = from; i <= to; i++) {
    var rings = cited[i];
    if (!rings && i !== state.focus) continue;
    var p = pos(i);
    (rings || []).forEach(function (n, depth) {
      out.push('<circle class="ring" data-v="' + n + '" cx="' + p[0] + '" cy="' + p[1] + '" r="' + (10 + 4 * depth) +
        '" stroke="' + violations[n].color + '"/>');
    });
    if (rings) {
      out.push('<text class="badge" x="' + (p[0] - 14 - 4 * rings.length) + '" y="' + (p[1] - 8) + '" fill="' +
        violations[rings[0]].color + '" text-anchor="end">' +
        rings.map(function (n) { return 'V' + (n + 1); }).join(' ') + '</text>');
    }
    if (i === state.focus) out.push('<circle class="focus" cx="' + p[0] + '" cy="' + p[1] + '" r="16"/>');
  }
}

function drawNotes(out, lo, hi) {
  var left = L.right + 28;
  violations.forEach(function (v, n) {
    if (v.y + v.h < lo || v.y > hi) return;
    out.push('<g class="note" data-v="' + n + '">');
    out.push('<rect x="' + left + '" y="' + v.y + '" width="' + (NOTE_W - 40) + '" height="' + v.h +
      '" stroke="' + v.color + '"/>');
    v.lines.forEach(function (line, k) {
      out.push('<text x="' + (left + 6) + '" y="' + (v.y + 15 + 14 * k) + '">' + esc(line) + '</text>');
    });
    out.push('<line class="leader" stroke="' + v.color + '" x1="' + left + '" y1="' + (v.y + 10) + '" x2="' +
      (L.right + 6) + '" y2="' + v.anchor + '"/>');
    out.push('</g>');
  });
}

function drawDensity(out, from, to) {
  var bin = 6, bins = {};
  for (var i = from; i <= to; i++) {
    var k = lane[i] >= 0 ? lane[i] : -1, b = Math.floor(L.Y[i] / bin), key = k + ':' + b;
    bins[key] = (bins[key] || 0) + 1;
  }
  Object.keys(bins).forEach(function (key) {
    var parts = key.split(':'), k = +parts[0], b = +parts[1];
    var X = k >= 0 ? x(k) - L.laneW * 0.3 : L.gutterX - 3;
    var w = k >= 0 ? L.laneW * 0.6 : 6;
    out.push('<rect class="density" x="' + X + '" y="' + b * bin + '" width="' + w + '" height="' + bin +
      '" fill-opacity="' + Math.min(1, 0.15 + bins[key] / 12).toFixed(2) + '"/>');
  });
}

function drawAxis(out, lo, hi, from, to) {
  var last = -Infinity;
  if (state.mode === 'scale') {
    var step = niceStep(90 / L.perUnit);
    var tFirst = Math.ceil((L.t0 + (Math.max(lo, 0) - TOP - L.row / 2) / L.perUnit) / step) * step;
    for (var t = tFirst; ; t += step) {
      var y = TOP + L.row / 2 + (t - L.t0) * L.perUnit;
      if (y > Math.min(hi, L.height)) break;
      out.push('<text class="axis" x="' + (AXIS - 6) + '" y="' + (y + 4) + '">' + esc(time(t)) + '</text>');
      out.push('<line class="tick" x1="' + (AXIS - 2) + '" x2="' + AXIS + '" y1="' + y + '" y2="' + y + '"/>');
    }
    return;
  }
  var i0 = from <= to ? from : firstAtOrBelow(lo), i1 = from <= to ? to : lastAtOrAbove(hi);
  for (var i = i0; i <= i1; i++) {
    if (L.Y[i] - last < 44 || L.Y[i] < lo || L.Y[i] > hi) continue;
    last = L.Y[i];
    out.push('<text class="axis" x="' + (AXIS - 6) + '" y="' + (L.Y[i] + 4) + '">' + esc(time(EV[i].t)) + '</text>');
  }
}

function niceStep(raw) {
  var p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
  var m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

function time(t) {
  if (D.timeUnit !== 'us') return t + ' ' + D.timeUnit;
  if (Math.abs(t) >= 1e6) return (t / 1e6).toFixed(3) + ' s';
  if (Math.abs(t) >= 1e3) return (t / 1e3).toFixed(1) + ' ms';
  return t + ' µs';
}

function drawHead() {
  svg.setAttribute('width', L.width);
  svg.setAttribute('height', L.height);
  head.style.width = L.width + 'px';
  head.innerHTML = NODES.map(function (n, k) {
    return '<span style="left:' + (x(k) - L.laneW / 2) + 'px;width:' + L.laneW + 'px;color:' + colorOf(n) + '">' +
      esc(n) + '</span>';
  }).join('');
}

// ---- The overview: the whole history in one column per node, for finding your way. ----

var overview = document.getElementById('overview'), density = null;

function drawOverview() {
  overview.style.display = L.tall ? 'block' : 'none';
  if (!L.tall) return;
  var w = overviewWidth(), h = window.innerHeight - 16, col = (w - 8) / LANES;
  overview.width = w;
  overview.height = h;
  var g = overview.getContext('2d'), scale = h / L.height;
  if (!density) {
    density = document.createElement('canvas');
  }
  density.width = w;
  density.height = h;
  var d = density.getContext('2d');
  d.fillStyle = '#fafafa';
  d.fillRect(0, 0, w, h);
  faults.forEach(function (f) {
    d.fillStyle = f.fault === 'partition' ? 'rgba(120,160,230,0.25)' : 'rgba(160,160,160,0.2)';
    d.fillRect(0, L.Y[f.start] * scale, w, Math.max(1, (bandBottom(f) - L.Y[f.start]) * scale));
  });
  var counts = new Float64Array(LANES * h);
  for (var i = 0; i < N; i++) if (lane[i] >= 0) counts[lane[i] * h + Math.min(h - 1, Math.floor(L.Y[i] * scale))]++;
  var max = 1;
  for (i = 0; i < counts.length; i++) max = Math.max(max, counts[i]);
  for (var k = 0; k < LANES; k++) {
    d.fillStyle = PALETTE[k % PALETTE.length];
    for (var r = 0; r < h; r++) {
      var c = counts[k * h + r];
      if (!c) continue;
      d.globalAlpha = 0.25 + 0.75 * c / max;
      d.fillRect(4 + col * k, r, Math.max(1, col - 2), 1);
    }
  }
  d.globalAlpha = 1;
  violations.forEach(function (v) {
    d.fillStyle = v.color;
    v.events.forEach(function (j) { if (j >= 0 && j < N) d.fillRect(0, L.Y[j] * scale - 1, w, 2); });
  });
  g.drawImage(density, 0, 0);
  drawViewport();
}

function drawViewport() {
  if (overview.style.display === 'none') return;
  var g = overview.getContext('2d'), scale = overview.height / L.height;
  g.drawImage(density, 0, 0);
  g.strokeStyle = '#222';
  g.lineWidth = 1.5;
  var top = (window.scrollY - svgTop()) * scale;
  g.strokeRect(1, Math.max(1, top), overview.width - 2, Math.max(4, window.innerHeight * scale));
}

function overviewJump(ev) {
  var rect = overview.getBoundingClientRect();
  var y = (ev.clientY - rect.top) / overview.height * L.height;
  window.scrollTo(window.scrollX, svgTop() + y - window.innerHeight / 2);
}
