/**
 * `node scripts/deploy/check-pages-size.ts [dist]`: prints the size of the built site by kind of
 * file and exits with 1 and a Chinese explanation when GitHub Pages would refuse to publish it.
 */
import { listFiles, sizeByKind, sizeReport } from './dist-size.ts';

const folder = process.argv[2] ?? 'dist';
const report = sizeReport(sizeByKind(listFiles(folder)));
if (report.ok) {
  console.log(report.text);
} else {
  console.error(report.text);
  process.exit(1);
}
