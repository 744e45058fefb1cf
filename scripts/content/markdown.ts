import type { Block, Section } from '../../src/content-schema/index-types';
import { fenceEnd, fenceLanguage } from './fences';

/**
 * Reduce a section's Markdown to paragraphs, lists and code blocks. Inline marks
 * (`code`, **bold**, [links](url)) stay as text for the app to render safely.
 */
export function toBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let para: string[] = [];
  let list: { type: 'ul' | 'ol'; items: string[] } | undefined;
  const flush = (): void => {
    if (para.length) blocks.push({ type: 'p', text: para.join(' ').trim() });
    para = [];
    if (list) blocks.push(list);
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const lang = fenceLanguage(line);
    if (lang !== undefined) {
      flush();
      const end = fenceEnd(lines, i);
      const stop = end < 0 ? lines.length : end;
      if (lang !== 'mermaid') blocks.push({ type: 'code', lang, text: lines.slice(i + 1, stop).join('\n') });
      i = stop;
      continue;
    }
    const item = /^\s*([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const type = /\d/.test(item[1] ?? '') ? 'ol' : 'ul';
      if (para.length) {
        blocks.push({ type: 'p', text: para.join(' ').trim() });
        para = [];
      }
      if (!list || list.type !== type) {
        if (list) blocks.push(list);
        list = { type, items: [] };
      }
      list.items.push((item[2] ?? '').trim());
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''} ${line.trim()}`;
      continue;
    }
    if (list) flush();
    para.push(line.trim());
  }
  flush();
  return blocks;
}

export function toSection(heading: string, markdown: string): Section {
  return { heading, blocks: toBlocks(markdown) };
}
