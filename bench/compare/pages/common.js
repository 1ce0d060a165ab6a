// Shared by the comparison pages: when a change is on screen, as the atlas measures it (its
// afterPaint, src/platform/backend_web.cpp): a message posted in the next animation frame is handled
// after that frame's rendering step (style, layout, paint). bench.drawn counts painted changes.
window.bench = { drawn: 0, drawnAt: 0, readyAt: 0 };
window.benchPainted = (ready) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    const at = performance.now();
    if (ready && !window.bench.readyAt) window.bench.readyAt = at;
    window.bench.drawnAt = at;
    window.bench.drawn += 1;
  };
  channel.port2.postMessage(null);
});
// The practices export a page shows: ?data=… (the same generated file the atlas is given).
window.benchData = () => new URLSearchParams(location.search).get('data');
// The 12 columns, as the export has them; lists shown joined, like a table cell.
window.benchColumns = ['id', 'title', 'country', 'region', 'organisation', 'stages', 'themes', 'target_groups', 'funds', 'start', 'end', 'summary'];
window.benchCell = (v) => (Array.isArray(v) ? v.join(', ') : v == null ? '' : String(v));
