import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { Mapping } from '../../shared/mapping';
import { templateSchema } from '../../shared/contract';

/** A saved mapping template (no data values: column names, field paths, constants, options). */
export type Template = z.infer<typeof templateSchema>;

const fileSchema = z.object({ version: z.literal(1), templates: z.array(templateSchema) });

/** Share of headers two files must have in common for a template to be offered anyway. */
export const templateOverlap = 0.8;

function columnsUsed(mapping: Mapping): string[] {
  return Object.values(mapping.fields).flatMap((s) => s.columns ?? (s.column !== undefined ? [s.column] : []));
}

function overlap(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const common = b.filter((h) => setA.has(h)).length;
  return common / Math.max(1, new Set([...a, ...b]).size);
}

/**
 * Saved mappings in `<dataDir>/templates.json`, written atomically (write-file-atomic: a
 * crash never leaves half a file). Reads tolerate a missing or damaged file (no templates).
 */
export class TemplateStore {
  private readonly file: string;
  private cache?: Template[];

  constructor(dataDir: string, private readonly now: () => number = Date.now) {
    this.file = join(dataDir, 'templates.json');
  }

  /** Every template, most recently updated first. */
  async list(): Promise<Template[]> {
    if (!this.cache) this.cache = await this.load();
    return [...this.cache].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  /** Creates a template, or replaces the one with this id. */
  async save(input: { id?: string; name: string; mapping: Mapping; headers: string[] }): Promise<Template> {
    const templates = await this.list();
    const template: Template = { id: input.id ?? randomUUID(), name: input.name.trim(), mapping: input.mapping, headers: [...input.headers], updatedAt: this.now() };
    await this.write([template, ...templates.filter((t) => t.id !== template.id)]);
    return template;
  }

  /** Renames a template; undefined when there is none with this id. */
  async rename(id: string, name: string): Promise<Template | undefined> {
    const templates = await this.list();
    const found = templates.find((t) => t.id === id);
    if (!found) return undefined;
    const renamed = { ...found, name: name.trim(), updatedAt: this.now() };
    await this.write(templates.map((t) => (t.id === id ? renamed : t)));
    return renamed;
  }

  /** Deletes a template; false when there was none. */
  async delete(id: string): Promise<boolean> {
    const templates = await this.list();
    if (!templates.some((t) => t.id === id)) return false;
    await this.write(templates.filter((t) => t.id !== id));
    return true;
  }

  /**
   * The template to offer for a file: the newest one made for exactly the same header set;
   * otherwise the newest whose mapped columns all exist here and whose headers overlap
   * this file's by at least `templateOverlap` (an export that gained or lost a column).
   */
  async findFor(columns: readonly string[]): Promise<Template | undefined> {
    const templates = await this.list();
    const wanted = [...new Set(columns)].sort().join('\u0000');
    const exact = templates.find((t) => [...new Set(t.headers)].sort().join('\u0000') === wanted);
    if (exact) return exact;
    const present = new Set(columns);
    return templates.find((t) => columnsUsed(t.mapping).every((c) => present.has(c)) && overlap(t.headers, columns) >= templateOverlap);
  }

  private async load(): Promise<Template[]> {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data.templates : [];
    } catch {
      return [];
    }
  }

  private async write(templates: Template[]): Promise<void> {
    await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, templates }, null, 2)}\n`, { mode: 0o600 });
    this.cache = templates;
  }
}
