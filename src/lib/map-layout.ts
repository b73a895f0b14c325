/**
 * The schematic map (示意图): districts as labelled regions in their rough relative positions, as
 * the city's config draws them, and place markers set inside their district's region by a fixed
 * rule, so that every build draws the same map. No survey data is involved: positions are
 * schematic except for the few places whose sources give coordinates (see `relativePositions`).
 */

/** A point in map units: x grows eastwards, y southwards. */
export type Point = readonly [number, number];

export interface DistrictShape {
  /** Outline of the region, clockwise or not; neighbouring regions share corners. */
  outline: readonly Point[];
  /** Where the district's name is written. */
  label: Point;
}

export interface WaterFeature {
  /** Name as drawn on the map. */
  name: string;
  /** The place entry it stands for (file name), if the archive has one. */
  place?: string | undefined;
  /** A lake is an area; a river or canal is a line. */
  kind: 'area' | 'line';
  points: readonly Point[];
  /** Where its name is written. */
  label: Point;
}

/** The city's map layout: part of the site config, so the code draws any city. */
export interface MapLayout {
  /** Size of the drawing in map units. */
  width: number;
  height: number;
  /** One region per district id of the site config. */
  districts: Readonly<Record<string, DistrictShape>>;
  /** Lakes, rivers and canals, drawn under the markers. */
  water: readonly WaterFeature[];
}

export function isInside(point: Point, polygon: readonly Point[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Distance from a point to the segment a–b. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return distance(p, [a[0] + t * dx, a[1] + t * dy]);
}

/** Distance from a point to a polyline (closed when `closed`). */
export function distanceToPath(p: Point, points: readonly Point[], closed: boolean): number {
  let best = Infinity;
  const count = closed ? points.length : points.length - 1;
  for (let i = 0; i < count; i++) {
    const a = points[i] as Point;
    const b = points[(i + 1) % points.length] as Point;
    best = Math.min(best, distanceToSegment(p, a, b));
  }
  return best;
}

/** Centre of mass of a polygon's area. */
export function centroid(polygon: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    const cross = xj * yi - xi * yj;
    area += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (area === 0) return polygon[0] ?? [0, 0];
  return [cx / (3 * area), cy / (3 * area)];
}

export function polygonArea(polygon: readonly Point[]): number {
  let area = 0;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as Point;
    const [xj, yj] = polygon[j] as Point;
    area += xj * yi - xi * yj;
  }
  return Math.abs(area) / 2;
}

/** A place as the map sees it. */
export interface MapPlace {
  id: string;
  /** District ids (site config), as in the entry; empty when disputed or outside the city. */
  districts: readonly string[];
}

export interface PlacedMarker {
  id: string;
  point: Point;
  /** The district whose colour and shape the marker takes; undefined for a place in several. */
  district?: string | undefined;
}

export interface MapPlan {
  markers: PlacedMarker[];
  /** Places drawn as a water feature instead of a marker. */
  water: string[];
  /** Places that stand for a whole district (the district's own entry). */
  regions: string[];
  /** Places that cover every district: the city itself. */
  cityWide: string[];
  /** Places without a district: disputed, or outside today's city. Not drawn. */
  unplaced: string[];
}

export interface PlanOptions {
  /** District id → the place entry that describes the district. */
  districtPlaces: Readonly<Record<string, string>>;
  /** Spacing of the grid of candidate positions, in map units. */
  step?: number;
  /** Keep markers this far from region edges, water and district labels. */
  margin?: number;
}

/**
 * Candidate marker positions in a region: a grid inside the outline, clear of its edges, of
 * lakes and rivers and their names, and of the district's name.
 */
export function candidatePoints(layout: MapLayout, districtId: string, step = 2, margin = 3): Point[] {
  const shape = layout.districts[districtId];
  if (!shape) return [];
  const xs = shape.outline.map((p) => p[0]);
  const ys = shape.outline.map((p) => p[1]);
  const points: Point[] = [];
  for (let y = Math.ceil(Math.min(...ys) / step) * step; y <= Math.max(...ys); y += step) {
    for (let x = Math.ceil(Math.min(...xs) / step) * step; x <= Math.max(...xs); x += step) {
      const point: Point = [x, y];
      if (!isInside(point, shape.outline)) continue;
      if (distanceToPath(point, shape.outline, true) < margin) continue;
      if (Math.abs(x - shape.label[0]) < margin * 3.5 && Math.abs(y - shape.label[1]) < margin * 1.8)
        continue;
      const nearWater = layout.water.some(
        (w) =>
          (w.kind === 'area'
            ? isInside(point, w.points) || distanceToPath(point, w.points, true) < margin
            : distanceToPath(point, w.points, false) < margin) ||
          (Math.abs(x - w.label[0]) < Array.from(w.name).length * 1.5 + margin &&
            Math.abs(y - w.label[1]) < margin * 1.2),
      );
      if (!nearWater) points.push(point);
    }
  }
  return points;
}

/**
 * Picks `count` points from `candidates`, each at least `spread` from the points already taken
 * and from `avoid`, and among those the nearest to `centre` (then the first in grid order). When
 * no candidate is that far away, the distance asked for shrinks. Deterministic for the same input.
 */
export function spreadPoints(
  candidates: readonly Point[],
  count: number,
  centre: Point,
  avoid: readonly Point[] = [],
  spread = 0,
): Point[] {
  const taken: Point[] = [];
  const remaining = [...candidates];
  while (taken.length < count && remaining.length > 0) {
    const others = [...taken, ...avoid];
    const clearance = (point: Point) => Math.min(Infinity, ...others.map((other) => distance(point, other)));
    let wanted = spread;
    let fitting = remaining.filter((point) => clearance(point) >= wanted);
    while (fitting.length === 0) {
      wanted = wanted < 0.01 ? 0 : wanted * 0.8;
      fitting = remaining.filter((point) => clearance(point) >= wanted);
    }
    const [best] = [...fitting].sort((a, b) => distance(a, centre) - distance(b, centre));
    if (!best) break;
    remaining.splice(remaining.indexOf(best), 1);
    taken.push(best);
  }
  return taken;
}

/**
 * Where every place goes: district entries are their region, water entries their shape, the
 * city's own entry the whole map, places without a district nowhere; every other place gets a
 * marker inside its district (or, for a place in several districts, near where they meet),
 * spread out in the order of its id.
 */
export function planMap(layout: MapLayout, places: readonly MapPlace[], options: PlanOptions): MapPlan {
  const { districtPlaces, step = 2, margin = 4 } = options;
  const districtIds = Object.keys(layout.districts);
  const waterPlaces = new Set(layout.water.map((w) => w.place).filter((id) => id !== undefined));
  const regionPlaces = new Set(Object.values(districtPlaces));
  const plan: MapPlan = { markers: [], water: [], regions: [], cityWide: [], unplaced: [] };
  const sorted = [...places].sort((a, b) => a.id.localeCompare(b.id));
  const single = new Map<string, string[]>();
  const shared: MapPlace[] = [];

  for (const place of sorted) {
    const known = place.districts.filter((d) => districtIds.includes(d));
    if (regionPlaces.has(place.id)) plan.regions.push(place.id);
    else if (waterPlaces.has(place.id)) plan.water.push(place.id);
    else if (known.length === 0) plan.unplaced.push(place.id);
    else if (districtIds.length > 1 && districtIds.every((d) => known.includes(d)))
      plan.cityWide.push(place.id);
    else if (known.length === 1)
      single.set(known[0] as string, [...(single.get(known[0] as string) ?? []), place.id]);
    else shared.push(place);
  }

  const taken: Point[] = [];
  for (const districtId of districtIds) {
    const ids = single.get(districtId) ?? [];
    if (ids.length === 0) continue;
    const shape = layout.districts[districtId] as DistrictShape;
    const candidates = candidatePoints(layout, districtId, step, margin);
    // Room for each marker if the region were shared out evenly, kept clear of the name as well.
    const spread = Math.sqrt(polygonArea(shape.outline) / (ids.length + 1)) * 0.7;
    const points = spreadPoints(candidates, ids.length, centroid(shape.outline), [shape.label], spread);
    ids.forEach((id, index) => {
      const point = points[index] ?? centroid(shape.outline);
      taken.push(point);
      plan.markers.push({ id, point, district: districtId });
    });
  }
  for (const place of shared) {
    const known = place.districts.filter((d) => districtIds.includes(d));
    const centres = known.map((d) => centroid((layout.districts[d] as DistrictShape).outline));
    const meeting: Point = [
      centres.reduce((sum, p) => sum + p[0], 0) / centres.length,
      centres.reduce((sum, p) => sum + p[1], 0) / centres.length,
    ];
    const candidates = known.flatMap((d) => candidatePoints(layout, d, step, margin));
    const clear = candidates.filter((p) => taken.every((t) => distance(p, t) >= margin * 2));
    const [point = meeting] = [...(clear.length > 0 ? clear : candidates)].sort(
      (a, b) => distance(a, meeting) - distance(b, meeting),
    );
    taken.push(point);
    plan.markers.push({ id: place.id, point });
  }
  return plan;
}

/** A text box in map units. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Anchor point of the text and its alignment. */
  at: Point;
  anchor: 'start' | 'end' | 'middle';
  box: LabelBox;
}

function overlapsBox(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Names beside markers: right, left, below or above the marker, whichever first stays inside the
 * map and clear of other labels, markers and `obstacles`; a name that fits nowhere is left out
 * (the list under the map has it).
 */
export function placeLabels(
  markers: readonly { id: string; point: Point; text: string }[],
  layout: Pick<MapLayout, 'width' | 'height'>,
  fontSize: number,
  obstacles: readonly LabelBox[] = [],
): PlacedLabel[] {
  const gap = fontSize * 0.6;
  const placed: LabelBox[] = [
    ...obstacles,
    // A marker keeps a little less than the gap to itself, so its own label may sit beside it.
    ...markers.map(({ point }) => ({
      x: point[0] - gap * 0.9,
      y: point[1] - gap * 0.9,
      width: gap * 1.8,
      height: gap * 1.8,
    })),
  ];
  const labels: PlacedLabel[] = [];
  for (const { id, point, text } of markers) {
    const width = Array.from(text).length * fontSize;
    const height = fontSize * 1.1;
    const [x, y] = point;
    const options: { at: Point; anchor: PlacedLabel['anchor']; box: LabelBox }[] = [
      { at: [x + gap, y], anchor: 'start', box: { x: x + gap, y: y - height / 2, width, height } },
      { at: [x - gap, y], anchor: 'end', box: { x: x - gap - width, y: y - height / 2, width, height } },
      {
        at: [x, y + gap + height / 2],
        anchor: 'middle',
        box: { x: x - width / 2, y: y + gap, width, height },
      },
      {
        at: [x, y - gap - height / 2],
        anchor: 'middle',
        box: { x: x - width / 2, y: y - gap - height, width, height },
      },
    ];
    const fits = options.find(
      ({ box }) =>
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= layout.width &&
        box.y + box.height <= layout.height &&
        placed.every((other) => !overlapsBox(box, other)),
    );
    if (!fits) continue;
    placed.push(fits.box);
    labels.push({ id, ...fits });
  }
  return labels;
}

/** A place with coordinates from a source. */
export interface CoordinatePlace {
  id: string;
  lat: number;
  lon: number;
}

/**
 * Places with sourced coordinates, projected relative to each other (equirectangular around their
 * mean latitude) and fitted into `width` × `height` with `padding`; plus the length in map units
 * of `kilometres` on the ground, for a scale bar.
 */
export function relativePositions(
  places: readonly CoordinatePlace[],
  width: number,
  height: number,
  padding: number,
  kilometres: number,
): { points: { id: string; point: Point }[]; scale: number } {
  if (places.length === 0) return { points: [], scale: 0 };
  const meanLat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
  const kmPerDegree = 111.32;
  const projected = places.map((p) => ({
    id: p.id,
    x: p.lon * Math.cos((meanLat * Math.PI) / 180) * kmPerDegree,
    y: -p.lat * kmPerDegree,
  }));
  const minX = Math.min(...projected.map((p) => p.x));
  const maxX = Math.max(...projected.map((p) => p.x));
  const minY = Math.min(...projected.map((p) => p.y));
  const maxY = Math.max(...projected.map((p) => p.y));
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const factor = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const offsetX = (width - spanX * factor) / 2;
  const offsetY = (height - spanY * factor) / 2;
  return {
    points: projected.map((p) => ({
      id: p.id,
      point: [offsetX + (p.x - minX) * factor, offsetY + (p.y - minY) * factor] as Point,
    })),
    scale: kilometres * factor,
  };
}

/** SVG path data for a polygon or polyline. */
export function pathData(points: readonly Point[], closed: boolean): string {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
  return closed ? `${d} Z` : d;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Marker shapes, one per district in config order, so districts differ by more than colour. */
export const MARKER_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'hexagon', 'triangle-down'] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number] | 'ring';

/** The district's colour for a region or marker, as the custom property the map styles read. */
export function districtHue(index: number): string {
  return `--hue: var(--xx-district-${index})`;
}

/** SVG path data of a marker of radius `r` centred on `point`. */
export function markerPath(shape: MarkerShape, point: Point, r: number): string {
  const [x, y] = point;
  const polygon = (count: number, rotation: number, radius = r) =>
    pathData(
      Array.from({ length: count }, (_, i): Point => {
        const angle = rotation + (i * 2 * Math.PI) / count;
        return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
      }),
      true,
    );
  switch (shape) {
    case 'square':
      return polygon(4, Math.PI / 4, r * 1.2);
    case 'triangle':
      return polygon(3, -Math.PI / 2, r * 1.3);
    case 'triangle-down':
      return polygon(3, Math.PI / 2, r * 1.3);
    case 'diamond':
      return polygon(4, 0, r * 1.25);
    case 'hexagon':
      return polygon(6, 0, r * 1.1);
    case 'circle':
    case 'ring':
      return `M${round(x - r)} ${round(y)} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  }
}
