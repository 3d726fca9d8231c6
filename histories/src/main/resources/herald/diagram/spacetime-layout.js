// Herald's space-time diagram, part 1 of 3: what the history says and where everything goes.
// The page carries the history as JSON (#herald-data). The three parts are concatenated, in
// order, inside one function by Diagram.java, so they share these variables; nothing is global
// but window.heraldDiagram, which reports what was drawn.

var D = JSON.parse(document.getElementById('herald-data').textContent);
var EV = D.events, N = EV.length, NODES = D.nodes, LANES = NODES.length;

var ROW = 18;             // pixels per step at zoom 1
var TOP = 14;             // room above the first event
var AXIS = 78;            // the time axis on the left
var DODGE = 4;            // to scale, events of one node at one instant are nudged this far apart
var DRAW_WHOLE = 2000;    // histories up to this many events are drawn whole, once per layout
var SUMMARY = 3000;       // more events than this on screen: draw densities, not marks
var NOTE_W = 400;         // the column of violation sentences on the right
var LABEL_EVERY = 600;    // a fault's label is repeated this often down its band
var PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf',
  '#bcbd22', '#7f7f7f', '#393b79'];
var TINTS = ['#cfe3ff', '#ffdcae', '#cdeec8', '#efd0f2', '#fff1a8', '#d7d7d7'];

var state = { mode: 'step', zoom: 1, packets: D.traced, messages: !D.traced, labels: true, focus: -1 };

// ---- What the history says, indexed once. ----

var nodeIndex = {};
NODES.forEach(function (n, k) { nodeIndex[n] = k; });
var lane = new Int32Array(N);       // the lane an event is drawn on, or -1 (faults, drops, end)
for (var i = 0; i < N; i++) {
  var e = EV[i];
  lane[i] = e.type !== 'drop' && e.node !== undefined && nodeIndex[e.node] !== undefined ? nodeIndex[e.node] : -1;
}
var arrows = D.arrows;              // [from, to, kind], sorted by from; kind 0 packet, 1 lost, 2 message
var sendOf = {};                    // drop index -> the send it ends
var reach = new Int32Array(arrows.length);
for (var a = 0; a < arrows.length; a++) {
  if (arrows[a][2] === 1) sendOf[arrows[a][1]] = arrows[a][0];
  reach[a] = Math.max(a > 0 ? reach[a - 1] : -1, arrows[a][1]);
}
var faults = D.faults;              // {start, stop, fault, label, groups}
var faultOf = {};                   // a fault event -> its interval
var tracks = 0;                     // overlapping intervals get their own track in the gutter
(function assignTracks() {
  var ends = [];
  faults.forEach(function (f, n) {
    faultOf[f.start] = n;
    if (f.stop >= 0) faultOf[f.stop] = n;
    var last = f.stop >= 0 ? f.stop : N;
    var t = 0;
    while (t < ends.length && ends[t] >= f.start) t++;
    ends[t] = last;
    f.track = t;
    tracks = Math.max(tracks, t + 1);
  });
})();
var down = [];                      // per lane: [crash, recover or -1] intervals
for (var k = 0; k < LANES; k++) down.push([]);
for (i = 0; i < N; i++) {
  if (EV[i].type === 'crash' && lane[i] >= 0) down[lane[i]].push([i, -1]);
  if (EV[i].type === 'recover' && lane[i] >= 0) {
    var open = down[lane[i]][down[lane[i]].length - 1];
    if (open && open[1] < 0) open[1] = i;
  }
}
var violations = D.violations;      // {property, sentence, events, color}, numbered V1, V2, ...
var cited = {};                     // event -> the violations citing it
violations.forEach(function (v, n) {
  v.events.forEach(function (j) {
    if (j < 0 || j >= N) return;
    var list = cited[j] = cited[j] || [];
    if (list.indexOf(n) < 0) list.push(n);
  });
});

// ---- Layout: x of each lane, y of each event. ----

var L = {};
var stepRows = countRows();

function countRows() {
  var rows = 0, last = null;
  var laneLast = new Int32Array(LANES).fill(-1), start = 0, max = -1;
  for (var i = 0; i < N; i++) {
    if (EV[i].t !== last) { start = max + 1; last = EV[i].t; }
    var r = lane[i] >= 0 ? Math.max(start, laneLast[lane[i]] + 1) : Math.max(start, max);
    if (lane[i] >= 0) laneLast[lane[i]] = r;
    max = Math.max(max, r);
  }
  rows = max + 1;
  return Math.max(rows, 1);
}

function overviewWidth() { return Math.min(160, 8 * LANES + 8); }

function layout() {
  var width = document.documentElement.clientWidth;
  var gutter = tracks * 16 + 8;
  var notes = violations.length ? NOTE_W : 0;
  // The overview needs a window tall enough to hold it (a window may be resized to almost
  // nothing, and a screenshot of the whole page resizes it for a moment).
  L.tall = window.innerHeight >= 120 && stepRows * ROW * state.zoom > 3 * window.innerHeight;
  var room = width - AXIS - gutter - notes - 60 - (L.tall ? overviewWidth() + 16 : 0);
  L.laneW = Math.max(64, Math.min(170, room / Math.max(1, LANES)));
  L.gutterX = AXIS + 4;
  L.x0 = AXIS + gutter + L.laneW / 2;
  L.right = L.x0 + (LANES - 0.5) * L.laneW;
  L.width = L.right + Math.max(notes, 40) + 20;
  L.row = ROW * state.zoom;
  var Y = L.Y = new Float64Array(N);
  if (state.mode === 'step') {
    var laneLast = new Int32Array(LANES).fill(-1), start = 0, max = -1, last = null;
    for (var i = 0; i < N; i++) {
      if (EV[i].t !== last) { start = max + 1; last = EV[i].t; }
      var r = lane[i] >= 0 ? Math.max(start, laneLast[lane[i]] + 1) : Math.max(start, max);
      if (lane[i] >= 0) laneLast[lane[i]] = r;
      max = Math.max(max, r);
      Y[i] = TOP + (r + 0.5) * L.row;
    }
  } else {
    var t0 = N ? EV[0].t : 0, span = N ? Math.max(1, EV[N - 1].t - t0) : 1;
    L.perUnit = stepRows * L.row / span;
    L.t0 = t0;
    var stack = new Int32Array(LANES), lastT = null;
    for (i = 0; i < N; i++) {
      if (EV[i].t !== lastT) { stack.fill(0); lastT = EV[i].t; }
      Y[i] = TOP + L.row / 2 + (EV[i].t - t0) * L.perUnit;
      if (lane[i] >= 0) Y[i] += DODGE * stack[lane[i]]++;
    }
  }
  // Y need not grow with i (a step packs nodes side by side), so the window is found on the
  // running maximum from the start and the running minimum from the end, which both do.
  L.pmax = new Float64Array(N);
  L.smin = new Float64Array(N);
  for (i = 0; i < N; i++) L.pmax[i] = Math.max(i ? L.pmax[i - 1] : -Infinity, Y[i]);
  for (i = N - 1; i >= 0; i--) L.smin[i] = Math.min(i < N - 1 ? L.smin[i + 1] : Infinity, Y[i]);
  L.height = (N ? L.pmax[N - 1] : 0) + 3 * ROW;
  placeNotes();
  L.height = Math.max(L.height, L.notesBottom + 20);
}

function x(k) { return L.x0 + k * L.laneW; }

function trackX(f) { return L.gutterX + f.track * 16 + 3; }

function bandBottom(f) { return f.stop >= 0 ? L.Y[f.stop] : L.height - ROW; }

// Where an event's mark sits: on its lane, in the gutter (faults), or where a packet died.
function pos(i) {
  var e = EV[i];
  if (lane[i] >= 0) return [x(lane[i]), L.Y[i]];
  if (e.type === 'drop') {
    var from = nodeIndex[e.node], to = nodeIndex[e.to], s = sendOf[i];
    var fx = from === undefined ? L.x0 : x(from), tx = to === undefined ? fx + 30 : x(to);
    var frac = e.reason === 'loss' ? 0.45 : 0.85;
    var px = fx === tx ? fx + 22 : fx + (tx - fx) * frac;
    var py = s === undefined ? L.Y[i] : Math.max(L.Y[i], L.Y[s] + 10);
    return [px, py];
  }
  if (e.type === 'fault' && faultOf[i] !== undefined) return [trackX(faults[faultOf[i]]), L.Y[i]];
  return [L.gutterX, L.Y[i]];
}

function placeNotes() {
  var order = violations.map(function (v, n) { return n; });
  violations.forEach(function (v) {
    var ys = v.events.filter(function (j) { return j >= 0 && j < N; }).map(function (j) { return L.Y[j]; });
    v.anchor = ys.length ? Math.min.apply(null, ys) : TOP;
    v.lines = wrap('V' + (violations.indexOf(v) + 1) + ' ' + v.sentence, 56);
  });
  order.sort(function (p, q) { return violations[p].anchor - violations[q].anchor; });
  var bottom = 0;
  order.forEach(function (n) {
    var v = violations[n];
    v.y = Math.max(v.anchor - 8, bottom + 6);
    v.h = v.lines.length * 14 + 8;
    bottom = v.y + v.h;
  });
  L.notesBottom = bottom;
}

function wrap(text, width) {
  var lines = [], line = '';
  text.split(' ').forEach(function (word) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; }
    else line = line ? line + ' ' + word : word;
  });
  if (line) lines.push(line);
  return lines;
}

// ---- Finding what is on screen. ----

function firstAtOrBelow(y) {       // the first event that could be at or below y
  var lo = 0, hi = N;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (L.pmax[mid] < y) lo = mid + 1; else hi = mid; }
  return lo;
}

function lastAtOrAbove(y) {        // the last event that could be at or above y
  var lo = 0, hi = N;
  while (lo < hi) { var mid = (lo + hi) >> 1; if (L.smin[mid] <= y) lo = mid + 1; else hi = mid; }
  return lo - 1;
}
