import { describe, expect, it } from 'vitest';
import {
  candidatePoints,
  centroid,
  isInside,
  markerPath,
  pathData,
  placeLabels,
  planMap,
  polygonArea,
  relativePositions,
  spreadPoints,
  type MapLayout,
  type Point,
} from '../../src/lib/map-layout.ts';
import { siteConfig } from '../../src/site.config.ts';

/** Two districts side by side, a lake in the east one and a river between them. */
const layout: MapLayout = {
  width: 100,
  height: 60,
  districts: {
    west: {
      outline: [
        [0, 0],
        [50, 0],
        [50, 60],
        [0, 60],
      ],
      label: [25, 10],
    },
    east: {
      outline: [
        [50, 0],
        [100, 0],
        [100, 60],
        [50, 60],
      ],
      label: [75, 10],
    },
  },
  water: [
    {
      name: '某湖',
      place: 'mou-hu',
      kind: 'area',
      points: [
        [70, 30],
        [90, 30],
        [90, 50],
        [70, 50],
      ],
      label: [80, 40],
    },
    {
      name: '某河',
      kind: 'line',
      points: [
        [50, 0],
        [50, 60],
      ],
      label: [50, 30],
    },
  ],
};
const districtPlaces = { west: 'west-county', east: 'east-county' };

describe('geometry', () => {
  it('tests points against polygons and finds centres and areas', () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ] as const;
    expect(isInside([5, 5], square)).toBe(true);
    expect(isInside([15, 5], square)).toBe(false);
    expect(centroid(square)).toEqual([5, 5]);
    expect(polygonArea(square)).toBe(100);
    expect(pathData(square, true)).toBe('M0 0 L10 0 L10 10 L0 10 Z');
  });

  it('draws a closed marker path for every shape', () => {
    for (const shape of [
      'circle',
      'square',
      'triangle',
      'diamond',
      'hexagon',
      'triangle-down',
      'ring',
    ] as const) {
      expect(markerPath(shape, [10, 10], 2)).toMatch(/^M.* Z$/);
    }
  });
});

describe('planMap', () => {
  const places = [
    { id: 'west-county', districts: ['west'] },
    { id: 'mou-hu', districts: ['east'] },
    { id: 'city', districts: ['west', 'east'] },
    { id: 'b-town', districts: ['west'] },
    { id: 'a-temple', districts: ['west'] },
    { id: 'c-site', districts: ['east'] },
    { id: 'lost-city', districts: [] },
  ];

  it('sorts places into regions, water, the whole city, markers and the unplaced', () => {
    const plan = planMap(layout, places, { districtPlaces });
    expect(plan.regions).toEqual(['west-county']);
    expect(plan.water).toEqual(['mou-hu']);
    expect(plan.cityWide).toEqual(['city']);
    expect(plan.unplaced).toEqual(['lost-city']);
    expect(plan.markers.map((m) => [m.id, m.district])).toEqual([
      ['a-temple', 'west'],
      ['b-town', 'west'],
      ['c-site', 'east'],
    ]);
  });

  it('puts every marker inside its district, clear of lakes and rivers, apart from the others', () => {
    const plan = planMap(layout, places, { districtPlaces });
    for (const marker of plan.markers) {
      const district = layout.districts[marker.district ?? ''];
      expect(district && isInside(marker.point, district.outline)).toBe(true);
      expect(isInside(marker.point, layout.water[0]?.points ?? [])).toBe(false);
      expect(Math.abs(marker.point[0] - 50)).toBeGreaterThanOrEqual(4);
    }
    const [a, b] = plan.markers;
    expect(a && b && Math.hypot(a.point[0] - b.point[0], a.point[1] - b.point[1])).toBeGreaterThan(8);
  });

  it('is deterministic and does not depend on the order places come in', () => {
    const first = planMap(layout, places, { districtPlaces });
    const second = planMap(layout, [...places].reverse(), { districtPlaces });
    expect(second).toEqual(first);
  });

  it('puts a place in two districts (but not all) near where they meet', () => {
    const three: MapLayout = {
      ...layout,
      districts: {
        ...layout.districts,
        south: {
          outline: [
            [0, 60],
            [100, 60],
            [100, 90],
            [0, 90],
          ],
          label: [50, 80],
        },
      },
    };
    const plan = planMap(three, [{ id: 'shared', districts: ['west', 'east'] }], { districtPlaces });
    expect(plan.markers).toHaveLength(1);
    expect(plan.markers[0]?.district).toBeUndefined();
    expect(Math.abs((plan.markers[0]?.point[0] ?? 0) - 50)).toBeLessThan(10);
  });

  it('finds candidate points only inside the region', () => {
    const points = candidatePoints(layout, 'west');
    expect(points.length).toBeGreaterThan(20);
    expect(points.every((p) => p[0] > 0 && p[0] < 50)).toBe(true);
    expect(candidatePoints(layout, 'nowhere')).toEqual([]);
  });

  it('spreads points out, nearest the centre first', () => {
    const alongTheAxis = [0, 1, 2, 10].map((x): Point => [x, 0]);
    expect(spreadPoints(alongTheAxis, 2, [1, 0], [], 5)).toEqual([
      [1, 0],
      [10, 0],
    ]);
  });
});

describe('labels and coordinates', () => {
  it('places labels without overlaps and leaves out those that fit nowhere', () => {
    const labels = placeLabels(
      [
        { id: 'a', point: [10, 10], text: '甲乙' },
        { id: 'b', point: [14, 10], text: '丙丁' },
        { id: 'c', point: [98, 10], text: '戊己庚' },
      ],
      { width: 100, height: 60 },
      2,
    );
    const byId = Object.fromEntries(labels.map((l) => [l.id, l]));
    expect(byId['a']?.anchor).toBe('end');
    expect(byId['b']?.anchor).toBe('start');
    expect(byId['c']?.anchor).toBe('end');
    for (const x of labels)
      for (const y of labels)
        if (x !== y)
          expect(
            x.box.x + x.box.width <= y.box.x ||
              y.box.x + y.box.width <= x.box.x ||
              x.box.y + x.box.height <= y.box.y ||
              y.box.y + y.box.height <= x.box.y,
          ).toBe(true);
  });

  it('projects sourced coordinates with north up and east to the right, with a scale bar', () => {
    const { points, scale } = relativePositions(
      [
        { id: 'north-west', lat: 34.1, lon: 118.1 },
        { id: 'south-east', lat: 33.9, lon: 118.4 },
      ],
      300,
      200,
      20,
      10,
    );
    const [nw, se] = points;
    expect(nw && se && nw.point[0] < se.point[0]).toBe(true);
    expect(nw && se && nw.point[1] < se.point[1]).toBe(true);
    // 0.2° of latitude is about 22.3 km, fitted into 160 units (the tighter side): 10 km is about 72.
    expect(scale).toBeGreaterThan(70);
    expect(scale).toBeLessThan(74);
  });
});

describe('the site config’s map layout', () => {
  it('draws every district and names only places that could exist', () => {
    // A city may have no layout; this one does, and it must fit its districts.
    const mapLayout = siteConfig.mapLayout as MapLayout | undefined;
    if (!mapLayout) return;
    expect(Object.keys(mapLayout.districts).sort()).toEqual(siteConfig.districts.map((d) => d.id).sort());
    for (const shape of Object.values(mapLayout.districts)) {
      expect(isInside(shape.label, shape.outline)).toBe(true);
      expect(polygonArea(shape.outline)).toBeGreaterThan(0);
    }
    for (const water of mapLayout.water) expect(water.points.length).toBeGreaterThanOrEqual(2);
  });
});
