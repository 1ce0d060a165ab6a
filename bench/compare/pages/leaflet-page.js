// The map a web developer would make with Leaflet: the same NUTS-2 regions the atlas draws (its
// mapgen input, as GeoJSON), on Leaflet's canvas renderer, filled by the best status of the calls of
// the region's country (the atlas's bundled calls.json). Both downloads start at once.
(async () => {
  const COLOUR = { open: '#2e7d32', planned: '#f2a900', closed: '#8a8a8a' };
  const RANK = { open: 3, planned: 2, closed: 1 };
  const [geo, calls] = await Promise.all([fetch('nuts2.geojson').then((r) => r.json()),
    fetch('data/calls.json').then((r) => r.json())]);
  const best = {};
  for (const c of calls.calls) if ((RANK[c.status] || 0) > (RANK[best[c.country]] || 0)) best[c.country] = c.status;
  const map = L.map('map', { preferCanvas: true, zoomSnap: 0, attributionControl: true });
  map.fitBounds([[34, -11], [71, 35]]);
  L.geoJSON(geo, {
    style: (f) => ({ fillColor: COLOUR[best[f.properties.country]] || '#d9d9d6', fillOpacity: 1, color: '#ffffff', weight: 0.6 }),
  }).addTo(map);
  map.attributionControl.addAttribution('© EuroGeographics for the administrative boundaries');
  benchPainted(true);  // after Leaflet's own redraw, queued in the same animation frame before this
})();
