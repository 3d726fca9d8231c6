// Herald's space-time diagram, part 3 of 3: what the page reports, what a reader can do with
// it (zoom, switch time, hover, click a violation), and the start.

// ---- Reporting what was drawn, for people (status line) and for tests (window.heraldDiagram). ----

var firstRender = true;

function report(ms) {
  window.heraldDiagram = {
    events: N, drawnFrom: drawn.from, drawnTo: drawn.to, marks: drawn.marks, summary: drawn.summary,
    mode: state.mode, zoom: state.zoom, height: L.height, redrawMs: ms,
    readyMs: firstRender ? performance.now() : window.heraldDiagram.readyMs
  };
  if (firstRender) {
    firstRender = false;
    document.body.setAttribute('data-ready', 'true');
  }
}

// ---- Interaction. ----

var pending = false;

function schedule() {
  if (pending) return;
  pending = true;
  window.requestAnimationFrame(function () {
    pending = false;
    var view = window.scrollY - svgTop();
    if (N > DRAW_WHOLE && (view < drawn.top || view + window.innerHeight > drawn.bottom)) redraw();
    drawViewport();
  });
}

function relayout(anchor) {
  var view = window.scrollY - svgTop();
  var keep = anchor !== undefined ? anchor : (N ? firstAtOrBelow(view + window.innerHeight / 2) : 0);
  var offset = keep < N ? L.Y[keep] - view : 0;
  layout();
  drawHead();
  if (keep < N) window.scrollTo(window.scrollX, svgTop() + L.Y[keep] - offset);
  redraw();
  drawOverview();
  syncControls();
}

function reveal(i) {
  state.focus = i;
  window.scrollTo(window.scrollX, svgTop() + L.Y[i] - window.innerHeight / 3);
  redraw();
  drawViewport();
}

function syncControls() {
  document.querySelectorAll('[data-mode]').forEach(function (b) {
    b.classList.toggle('on', b.getAttribute('data-mode') === state.mode);
  });
  document.querySelectorAll('[data-show]').forEach(function (c) { c.checked = state[c.getAttribute('data-show')]; });
}

document.querySelectorAll('[data-mode]').forEach(function (b) {
  b.addEventListener('click', function () { state.mode = b.getAttribute('data-mode'); relayout(); });
});
document.querySelectorAll('[data-zoom]').forEach(function (b) {
  b.addEventListener('click', function () { zoom(b.getAttribute('data-zoom')); });
});
document.querySelectorAll('[data-show]').forEach(function (c) {
  c.addEventListener('change', function () { state[c.getAttribute('data-show')] = c.checked; redraw(); });
});
document.querySelectorAll('[data-v]').forEach(function (item) {
  item.addEventListener('click', function () {
    var v = violations[+item.getAttribute('data-v')];
    if (v && v.events.length) reveal(v.events[0]);
  });
});

function zoom(how) {
  if (how === 'fit') {
    state.zoom = Math.max(1 / 256, Math.min(4, (window.innerHeight - 60) / (L.height / state.zoom)));
    relayout(0);
    window.scrollTo(window.scrollX, svgTop() - 40);
    return;
  }
  state.zoom = Math.max(1 / 256, Math.min(16, state.zoom * (how === 'in' ? 1.5 : 1 / 1.5)));
  relayout();
}

document.addEventListener('keydown', function (ev) {
  if (ev.target && ev.target.tagName === 'INPUT') return;
  if (ev.key === '+' || ev.key === '=') zoom('in');
  else if (ev.key === '-') zoom('out');
});

window.addEventListener('scroll', schedule, { passive: true });
window.addEventListener('resize', function () { relayout(); });
overview.addEventListener('mousedown', overviewJump);

svg.addEventListener('mouseover', function (ev) {
  var target = ev.target.closest ? ev.target.closest('[data-i]') : null;
  if (!target) return;
  var i = +target.getAttribute('data-i');
  tip.innerHTML = describe(i);
  tip.style.display = 'block';
  var tx = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  var ty = ev.clientY + 14 + tip.offsetHeight > window.innerHeight ? ev.clientY - tip.offsetHeight - 10 : ev.clientY + 14;
  tip.style.left = tx + 'px';
  tip.style.top = ty + 'px';
});
svg.addEventListener('mouseout', function (ev) {
  if (ev.target.closest && ev.target.closest('[data-i]')) tip.style.display = 'none';
});

function describe(i) {
  var e = EV[i], rows = [];
  Object.keys(e).forEach(function (key) {
    var value = e[key];
    rows.push('<tr><th>' + esc(key) + '</th><td>' + esc(typeof value === 'object' ? JSON.stringify(value) : value) +
      '</td></tr>');
  });
  var html = '<table>' + rows.join('') + '</table>';
  (cited[i] || []).forEach(function (n) {
    html += '<p class="tip-v" style="border-color:' + violations[n].color + '"><b>V' + (n + 1) + '</b> ' +
      esc(violations[n].sentence) + '</p>';
  });
  return html;
}

// ---- Start. ----

layout();
drawHead();
var hash = /^#e(\d+)$/.exec(window.location.hash);
redraw();
drawOverview();
syncControls();
if (hash && +hash[1] < N) reveal(+hash[1]);
