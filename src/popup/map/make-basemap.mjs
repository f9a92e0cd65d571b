// Build-time only (imported by build.mjs): projects Natural Earth land and borders (world-atlas,
// 1:50m) around the trip's region with d3-geo, and every place entity's coordinates with the same
// projection. The popup receives finished SVG path strings and x/y points, so neither d3 nor the
// atlas ships in the extension.
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The region drawn: the Korean peninsula to the Amur, Pyongyang to Komsomolsk-on-Amur. */
const EXTENT = { west: 122, east: 142, south: 36.5, north: 54 };
const WIDTH = 320;
const HEIGHT = 300;

const round = (n) => Math.round(n * 10) / 10;
/** One decimal is plenty at popup scale and keeps the paths small. */
const compact = (d) => (d ?? '').replace(/-?\d+\.\d+/g, (n) => String(round(Number(n))));

export function makeBasemap(places) {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const frame = {
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      // Clockwise, as d3-geo reads spherical polygons (the other way round is "everything but").
      coordinates: [[[EXTENT.west, EXTENT.south], [EXTENT.west, EXTENT.north], [EXTENT.east, EXTENT.north], [EXTENT.east, EXTENT.south], [EXTENT.west, EXTENT.south]]],
    },
  };
  const projection = geoConicConformal().parallels([40, 52]).rotate([-132, 0]).fitSize([WIDTH, HEIGHT], frame);
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection);
  const land = compact(path(feature(topo, topo.objects.land)));
  const borders = compact(path(mesh(topo, topo.objects.countries, (a, b) => a !== b)));
  const points = {};
  for (const p of places) {
    const xy = projection([p.coords[1], p.coords[0]]);
    if (xy && xy[0] >= 0 && xy[0] <= WIDTH && xy[1] >= 0 && xy[1] <= HEIGHT) points[p.id] = [round(xy[0]), round(xy[1])];
  }
  return { width: WIDTH, height: HEIGHT, land, borders, points };
}
