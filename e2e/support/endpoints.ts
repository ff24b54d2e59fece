// Finds every endpoint the app exposes by reading its source (and, for server actions, the build's
// manifest), so a new action, route handler or dynamic page is noticed without editing a list.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = process.cwd();
const SKIP_DIRS = new Set(['node_modules', '.next', '.git', 'test-results', '.data', 'e2e', 'bench', 'scripts']);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name), out);
    } else if (/\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name)) {
      out.push(relative(ROOT, join(dir, entry.name)).split(sep).join('/'));
    }
  }
  return out;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

const isDirective = (s: ts.Statement, text: string) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === text;

/** The names a module exports at run time (types left out). */
export function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const s of source.statements) {
    const mods = ts.canHaveModifiers(s) ? ts.getModifiers(s) : undefined;
    const exported = mods?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault = mods?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s))) names.push(isDefault ? 'default' : s.name!.text);
    else if (exported && ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (ts.isExportAssignment(s)) names.push('default');
    else if (ts.isExportDeclaration(s) && !s.isTypeOnly && s.exportClause && ts.isNamedExports(s.exportClause)) {
      for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    }
  }
  return names;
}

/** A 'use server' directive inside a function body: an inline action, reachable but not exported. */
function hasInlineUseServer(source: ts.SourceFile): boolean {
  let found = false;
  const visit = (node: ts.Node) => {
    if (found) return;
    if (ts.isBlock(node) && node.statements.some((s) => isDirective(s, 'use server'))) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  return found;
}

export type Endpoint = { key: string; kind: 'action' | 'route' | 'page'; file: string; name: string };

export const endpointKey = (file: string, name: string) => `${file}#${name}`;

export type Discovery = { endpoints: Endpoint[]; inlineActionFiles: string[] };

export function discoverEndpoints(): Discovery {
  const files = walk(ROOT);
  const endpoints: Endpoint[] = [];
  const inlineActionFiles: string[] = [];
  for (const file of files) {
    const source = parse(file);
    if (source.statements.some((s) => isDirective(s, 'use server'))) {
      for (const name of exportedNames(source)) endpoints.push({ key: endpointKey(file, name), kind: 'action', file, name });
    } else if (hasInlineUseServer(source)) inlineActionFiles.push(file);
    if (/^app\/(.+\/)?route\.[jt]sx?$/.test(file)) {
      for (const name of exportedNames(source)) {
        if (/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) endpoints.push({ key: endpointKey(file, name), kind: 'route', file, name });
      }
    }
    if (/^app\/(.+\/)?page\.[jt]sx?$/.test(file) && /\/\[[^/]+\]\//.test(file)) {
      endpoints.push({ key: endpointKey(file, 'default'), kind: 'page', file, name: 'default' });
    }
  }
  return { endpoints: endpoints.sort((a, b) => a.key.localeCompare(b.key)), inlineActionFiles };
}

export type ActionRef = { id: string; file: string; name: string; path: string };

/** The URL path of a build worker such as 'app/(app)/log/irls/page' ('/log/irls'). */
function workerPath(worker: string): string {
  const segments = worker.replace(/^app\/?/, '').replace(/\/?page$/, '').split('/').filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** Server actions as the production build knows them (`next build` writes the manifest). */
export function readActionManifest(distDir = process.env.NEXT_DIST_DIR || '.next'): Map<string, ActionRef> {
  const file = join(ROOT, distDir, 'server', 'server-reference-manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`next build\` first (npm run test:e2e does).`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const refs = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (!entry.filename || !entry.exportedName) throw new Error(`Action ${id} has no file or export name in the manifest`);
    const workers = Object.keys(entry.workers);
    // A page without dynamic segments to post to; Next forwards to the worker that holds the action.
    const worker = workers.find((w) => !w.includes('[')) ?? workers[0]!;
    refs.set(endpointKey(entry.filename, entry.exportedName), { id, file: entry.filename, name: entry.exportedName, path: workerPath(worker) });
  }
  return refs;
}
