/** CSL-JSON citation of every entry page, linked from its "Cite this" block. */
import type { APIRoute } from 'astro';
import { citationFile, citationPaths } from '../../../views/citation-files.ts';

export const getStaticPaths = citationPaths;

export const GET: APIRoute = ({ props }) => citationFile(props, 'json');
