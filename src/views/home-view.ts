/**
 * What the front page shows, from the archive and the editors' choice in home.yaml: featured
 * worthies and places, a strip of dated events, the latest studies and the current gift.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../settings.ts';
import { HOME_FILE, readHomeFeatures, spread, type HomeFeatures } from '../lib/home-features.ts';
import type { Archive, ArchiveEvent, Gift, Place, Study, Worthy } from './archive.ts';

export interface HomeView {
  worthies: Worthy[];
  places: Place[];
  /** Events spread evenly over time, for a strip of the timeline. */
  events: ArchiveEvent[];
  studies: Study[];
  gift: Gift | undefined;
}

/** The editors' choice, or undefined when the content folder has no home.yaml. */
function loadFeatures(archive: Archive): HomeFeatures | undefined {
  const file = join(contentDir(), HOME_FILE);
  if (!existsSync(file)) return undefined;
  const known = {
    worthies: new Set(archive.worthies.map((w) => w.id)),
    places: new Set(archive.places.map((p) => p.id)),
    gifts: new Set(archive.gifts.map((g) => g.id)),
  };
  const result = readHomeFeatures(readFileSync(file, 'utf8'), known);
  if (result.features) return result.features;
  const name = relative(process.cwd(), file);
  const lines = result.problems.map((p) => `  ${name} 第 ${p.line} 行：${p.message}`).join('\n');
  throw new Error(`首页精选文件有误：\n${lines}`);
}

export function homeView(archive: Archive): HomeView {
  const features = loadFeatures(archive);
  const pick = <E extends { id: string }>(all: E[], ids: string[] | undefined, fallback: E[]) =>
    ids && ids.length > 0
      ? ids.map((id) => all.find((e) => e.id === id)).filter((e) => e !== undefined)
      : fallback;
  // Without a choice: natives first, then people who served here; places that are not today's districts.
  const natives = [
    ...archive.worthies.filter((w) => w.data.connection === '本籍'),
    ...archive.worthies.filter((w) => w.data.connection !== '本籍'),
  ];
  const events = [...archive.events].sort((a, b) => a.data.date.year - b.data.date.year);
  const byDate = <E extends { data: { date: string } }>(list: E[]) =>
    [...list].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const giftId = features?.gift;
  return {
    worthies: pick(archive.worthies, features?.worthies, natives.slice(0, 6)),
    places: pick(archive.places, features?.places, archive.places.slice(0, 6)),
    events: spread(events, 6),
    studies: byDate(archive.studies).slice(0, 3),
    gift: giftId ? archive.gifts.find((g) => g.id === giftId) : byDate(archive.gifts)[0],
  };
}
