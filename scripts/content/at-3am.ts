import { AT_3AM_MIN_CHARS, AT_3AM_MIN_ITEMS, type Category } from '../../src/content-schema/taxonomy';
import type { BodySection } from './parse-entry';
import type { Problem } from './problem';

export const AT_3AM_HEADING = 'At 3 AM';

/** Gate 4: the `## At 3 AM` section exists, has enough concrete items, and (for guides and incidents) a command. */
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
  const items = section.text.split('\n').filter((l) => /^\s*(?:[-*]|\d+\.)\s+\S/.test(l));
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
}
