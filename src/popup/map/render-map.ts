/** The popup's small map: land and borders from the build-time basemap, the trip's route, the page's places. */
import { h, s, uid } from '../h';
import { listInWords } from '../format';
import type { MapModel } from '../model';
import { placeLabels } from './labels';

export interface BasemapShape {
  width: number;
  height: number;
  land: string;
  borders: string;
}

const FONT = 10;

export function renderMap(basemap: BasemapShape, model: MapModel, routeNames: readonly string[]): HTMLElement {
  const titleId = uid('map-title');
  const descId = uid('map-desc');
  const onPage = model.points.filter((p) => p.onPage);
  const { placed } = placeLabels(
    model.points.map((p) => ({ id: p.id, text: p.name, x: p.x, y: p.y })),
    { width: basemap.width, height: basemap.height, points: model.points.map((p) => [p.x, p.y] as const), fontSize: FONT },
  );
  const svg = s(
    'svg',
    { class: 'map', viewBox: `0 0 ${basemap.width} ${basemap.height}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
    s('title', { id: titleId }, 'Map of the trip'),
    s('desc', { id: descId },
      `The route: ${routeNames.join(', then ')}.`,
      onPage.length ? ` Places this page names: ${listInWords(onPage.map((p) => p.name))}.` : ''),
    s('rect', { class: 'sea', x: 0, y: 0, width: basemap.width, height: basemap.height }),
    s('path', { class: 'land', d: basemap.land }),
    s('path', { class: 'borders', d: basemap.borders }),
    model.route.length ? s('path', { class: 'route', d: model.route.map(([[x1, y1], [x2, y2]]) => `M${x1},${y1}L${x2},${y2}`).join('') }) : null,
    // The page's places last, so a route stop at nearly the same spot never covers them.
    [...model.points.filter((p) => !p.onPage), ...model.points.filter((p) => p.onPage)].map((p) =>
      s('circle', { class: p.onPage ? 'place on-page' : 'place', cx: p.x, cy: p.y, r: p.onPage ? 3.5 : 2.5, 'data-id': p.id },
        s('title', {}, p.name)),
    ),
    placed.map((l) => s('text', { class: 'label', x: round(l.box.x), y: round(l.baseline), 'font-size': FONT, 'data-id': l.id }, l.text)),
  );
  return h('figure', { class: 'map-figure' },
    svg,
    h('figcaption', {},
      h('span', { class: 'key-route', 'aria-hidden': 'true' }), ' the route  ',
      h('span', { class: 'key-page', 'aria-hidden': 'true' }), ' named on this page',
      model.offMap.length ? h('span', { class: 'off-map' }, ` · also named, off the map: ${listInWords(model.offMap)}`) : null),
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
