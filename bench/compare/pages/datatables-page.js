// DataTables as its manual recommends for large data: the rows as JavaScript objects (data:), rows
// made only when shown (deferRender), its own search box and header sorting, 25 rows a page.
(async () => {
  const exported = await fetch(benchData()).then((r) => r.json());
  const table = new DataTable('#t', {
    data: exported.practices,
    deferRender: true,
    pageLength: 25,
    columns: benchColumns.map((key) => ({ data: key, title: key, render: benchCell })),
  });
  table.on('draw', () => benchPainted(false));
  benchPainted(true);
})();
