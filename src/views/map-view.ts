/**
 * The 地图 page and the place pages' locator maps: the city's schematic layout (site config) with
 * every published place set on it, plus the lists that say the same in words.
 * Geometry and placement rules live in src/lib/map-layout.ts.
 */
import {
  MARKER_SHAPES,
  placeLabels,
  planMap,
  relativePositions,
  type LabelBox,
  type MapLayout,
  type MarkerShape,
  type PlacedLabel,
  type Point,
  type WaterFeature,
} from '../lib/map-layout.ts';
import { siteConfig } from '../site.config.ts';
import { hrefOf, type Archive, type Place } from './archive.ts';

/** Font sizes in map units (the layout is about 100 units wide). */
export const MAP_TEXT = { district: 4.2, count: 2.9, water: 3, marker: 3 } as const;

export interface MapDistrict {
  id: string;
  name: string;
  /** Index in the site config's district order: picks the colour class and the marker shape. */
  index: number;
  shape: MarkerShape;
  href?: string | undefined;
  /** The district's own place entry. */
  place?: string | undefined;
  outline: readonly Point[];
  label: Point;
  /** Places in this district (city-wide entries left out), in name order. */
  places: Place[];
}

export interface MapMarker {
  place: Place;
  point: Point;
  district?: MapDistrict | undefined;
  shape: MarkerShape;
  label?: PlacedLabel | undefined;
}

export interface MapWater {
  feature: WaterFeature;
  place?: Place | undefined;
}

export interface MapView {
  layout: MapLayout;
  districts: MapDistrict[];
  markers: MapMarker[];
  water: MapWater[];
  /** Entries for the whole city (every district). */
  cityWide: Place[];
  /** Entries with no district: disputed or outside the city. */
  unplaced: Place[];
  /** Places whose sources give coordinates, projected relative to each other. */
  located: { place: Place; point: Point }[];
  /** Map units of 10 km in the coordinate view. */
  tenKilometres: number;
}

/** Markers are named on the map only up to this many. */
const MAX_LABELLED = 300;

/** Size of the coordinate view, in its own units. */
export const LOCATED_SIZE = { width: 320, height: 180, padding: 36 } as const;

const byName = (a: Place, b: Place) => a.data.name.localeCompare(b.data.name, 'zh-CN');

/** Approximate box of a text centred on `point`. */
function textBox(point: Point, text: string, size: number): LabelBox {
  const width = Array.from(text).length * size;
  return { x: point[0] - width / 2, y: point[1] - size * 0.7, width, height: size * 1.4 };
}

const views = new WeakMap<Archive, MapView | undefined>();

/** The map of the archive's places (worked out once per archive); undefined when the city has no layout. */
export function mapView(archive: Archive): MapView | undefined {
  if (!views.has(archive)) views.set(archive, buildMapView(archive, siteConfig.mapLayout));
  return views.get(archive);
}

function buildMapView(archive: Archive, layout: MapLayout | undefined): MapView | undefined {
  if (!layout) return undefined;
  const { places } = archive;
  const placeById = new Map(places.map((p) => [p.id, p]));
  const districtPlaces = Object.fromEntries(siteConfig.districts.map((d) => [d.id, d.place]));
  const plan = planMap(
    layout,
    places.map((p) => ({ id: p.id, districts: p.data.districts })),
    { districtPlaces },
  );
  const cityWide = new Set(plan.cityWide);
  const districts: MapDistrict[] = siteConfig.districts.flatMap((d, index) => {
    const shape = layout.districts[d.id];
    if (!shape) return [];
    const own = placeById.get(d.place);
    return [
      {
        id: d.id,
        name: d.name,
        index,
        shape: MARKER_SHAPES[index % MARKER_SHAPES.length] ?? 'circle',
        href: own ? hrefOf(own) : undefined,
        place: own?.id,
        outline: shape.outline,
        label: shape.label,
        places: places.filter((p) => p.data.districts.includes(d.id) && !cityWide.has(p.id)).sort(byName),
      },
    ];
  });
  const districtById = new Map(districts.map((d) => [d.id, d]));
  const obstacles = [
    ...districts.map((d) =>
      textBox([d.label[0], d.label[1] + MAP_TEXT.count * 0.6], d.name, MAP_TEXT.district),
    ),
    ...layout.water.map((w) => textBox(w.label, w.name, MAP_TEXT.water)),
  ];
  const markerPlaces = plan.markers.flatMap((m) => {
    const place = placeById.get(m.id);
    return place ? [{ ...m, place }] : [];
  });
  const labels = new Map(
    placeLabels(
      // Past a few hundred markers names would only crowd each other out; the list has them all.
      markerPlaces.length > MAX_LABELLED
        ? []
        : markerPlaces.map((m) => ({ id: m.id, point: m.point, text: m.place.data.name })),
      layout,
      MAP_TEXT.marker,
      obstacles,
    ).map((label) => [label.id, label]),
  );
  const markers: MapMarker[] = markerPlaces.map((m) => {
    const district = m.district ? districtById.get(m.district) : undefined;
    return {
      place: m.place,
      point: m.point,
      district,
      shape: district?.shape ?? 'ring',
      label: labels.get(m.id),
    };
  });
  const withCoordinates = places.filter((p) => p.data.coordinates);
  const { points, scale } = relativePositions(
    withCoordinates.map((p) => ({
      id: p.id,
      lat: p.data.coordinates?.lat ?? 0,
      lon: p.data.coordinates?.lon ?? 0,
    })),
    LOCATED_SIZE.width,
    LOCATED_SIZE.height,
    LOCATED_SIZE.padding,
    10,
  );
  return {
    layout,
    districts,
    markers,
    water: layout.water.map((feature) => ({
      feature,
      place: feature.place ? placeById.get(feature.place) : undefined,
    })),
    cityWide: plan.cityWide.flatMap((id) => placeById.get(id) ?? []),
    unplaced: plan.unplaced.flatMap((id) => placeById.get(id) ?? []).sort(byName),
    located: points.flatMap(({ id, point }) => {
      const place = placeById.get(id);
      return place ? [{ place, point }] : [];
    }),
    tenKilometres: scale,
  };
}

/** How a place is shown on the map, for its page's locator. */
export type MapPresence = 'marker' | 'region' | 'water' | 'city' | 'none';

export function presenceOf(view: MapView, placeId: string): MapPresence {
  if (view.markers.some((m) => m.place.id === placeId)) return 'marker';
  if (view.districts.some((d) => d.place === placeId)) return 'region';
  if (view.water.some((w) => w.place?.id === placeId)) return 'water';
  if (view.cityWide.some((p) => p.id === placeId)) return 'city';
  return 'none';
}
