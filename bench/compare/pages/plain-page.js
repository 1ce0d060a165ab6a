// The table a web developer would write without a library: fetch + JSON.parse, the text of each
// row folded once (lower case, accents removed) for an accent-insensitive search by
// Array.filter, sorting with one Intl.Collator, the first 50 matching rows in the DOM.
(async () => {
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const exported = await fetch(benchData()).then((r) => r.json());
  const rows = exported.practices;
  const text = rows.map((r) => fold(benchColumns.map((k) => benchCell(r[k])).join(' ')));
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  let order = rows.map((_, i) => i), sortKey = null, shown = order;
  const head = document.getElementById('head'), body = document.getElementById('rows');
  const render = () => {
    document.getElementById('count').textContent = `${shown.length} of ${rows.length}`;
    body.replaceChildren(...shown.slice(0, 50).map((i) => {
      const tr = document.createElement('tr');
      for (const k of benchColumns) tr.insertCell().textContent = benchCell(rows[i][k]);
      return tr;
    }));
    benchPainted(false);
  };
  const update = () => {
    const words = fold(document.getElementById('q').value).split(/\s+/).filter(Boolean);
    shown = words.length ? order.filter((i) => words.every((w) => text[i].includes(w))) : order;
    render();
  };
  for (const k of benchColumns) {
    const th = document.createElement('th');
    th.textContent = k;
    th.addEventListener('click', () => {
      sortKey = k;
      order = [...order].sort((a, b) => collator.compare(benchCell(rows[a][k]), benchCell(rows[b][k])));
      update();
    });
    head.append(th);
  }
  document.getElementById('q').addEventListener('input', update);
  update();
  benchPainted(true);
})();
