import { AT_3AM_MIN_CHARS, AT_3AM_MIN_ITEMS, COMMAND_WORDS, HTTP_COMMAND, type Category } from '../../src/content-schema/taxonomy';
import type { BodySection } from './parse-entry';
import type { Problem } from './problem';

export const AT_3AM_HEADING = 'At 3 AM';

const COMMANDS = new Set(COMMAND_WORDS);
const READ_ONLY = /\(read-only\b/i;
const CHANGES_STATE = /\(changes-state\b/i;

/** True when a code span's text is a command or query (by its first word), not a metric name or an error string. */
export function isCommand(span: string): boolean {
  const text = span
    .trim()
    .replace(/^\$\s+/, '')
    .replace(/^sudo\s+/, '');
  if (HTTP_COMMAND.test(text)) return true;
  const first = (text.split(/\s+/)[0] ?? '').toLowerCase();
  if (first.endsWith('.sh') && text.includes(' ')) return true;
  // A lone word such as `INFO` or `free` is usually a field or a state, not a command line.
  return COMMANDS.has(first) && (text.includes(' ') || first.endsWith(')'));
}

interface Item {
  line: number;
  text: string;
}

/** List items of a section, with continuation lines folded into their item. */
function listItems(section: BodySection): Item[] {
  const items: Item[] = [];
  section.text.split('\n').forEach((l, i) => {
    if (/^\s*(?:[-*]|\d+\.)\s+\S/.test(l)) items.push({ line: section.line + 1 + i, text: l });
    else if (items.length && /^\s+\S/.test(l)) {
      const last = items[items.length - 1];
      if (last) last.text += ` ${l.trim()}`;
    }
  });
  return items;
}

/** Gate 4: the `## At 3 AM` section exists, has enough concrete items, (for guides and incidents) a command, and every command states its side effects. */
export function checkAt3am(file: string, category: Category, sections: BodySection[], bodyLine: number, problems: Problem[]): void {
  const section = sections.find((s) => s.heading.trim().toLowerCase() === AT_3AM_HEADING.toLowerCase());
  const push = (line: number, message: string, hint: string): void => {
    problems.push({ file, line, field: '## At 3 AM', message, hint, gate: 'at-3am', severity: 'error' });
  };
  if (!section) {
    push(
      bodyLine,
      'the `## At 3 AM` section is missing',
      'add `## At 3 AM` with at least three bullet points: what you see, where to look, what to do',
    );
    return;
  }
  const items = listItems(section);
  const chars = section.text.replace(/\s+/g, ' ').trim().length;
  if (items.length < AT_3AM_MIN_ITEMS) {
    push(
      section.line,
      `the At 3 AM section has ${items.length} list item(s); at least ${AT_3AM_MIN_ITEMS} are required`,
      'one item each for the signal, where to look, and what to do',
    );
  }
  if (chars < AT_3AM_MIN_CHARS) {
    push(
      section.line,
      `the At 3 AM section is too short (${chars} characters, minimum ${AT_3AM_MIN_CHARS})`,
      'name the alert or error string, the dashboard or command, and the mitigation',
    );
  }
  if ((category === 'debugging' || category === 'incidents') && !/`[^`]+`/.test(section.text)) {
    push(
      section.line,
      'debugging guides and incidents need at least one command or query in a code span',
      'e.g. `kafka-consumer-groups --describe --group <name>`',
    );
  }
  // Honesty rule 7: a command at 3 AM says whether it only reads or changes state.
  for (const item of items) {
    const commands = [...item.text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').filter(isCommand);
    if (commands.length === 0) continue;
    if (!READ_ONLY.test(item.text) && !CHANGES_STATE.test(item.text)) {
      push(
        item.line,
        `command \`${(commands[0] ?? '').slice(0, 60)}\` does not say whether it changes state`,
        'mark the item `(read-only)` or `(changes-state: <what it touches>)`; for a state-changing or dry-run command say how to check first',
      );
    }
  }
}
