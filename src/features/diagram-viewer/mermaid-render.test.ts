import { describe, expect, it } from 'vitest';
import { stripInDiagramConfig } from './mermaid-render';

describe('stripInDiagramConfig (second line of defence behind the build)', () => {
  it('removes a leading frontmatter config block', () => {
    const src = '---\nconfig:\n  htmlLabels: true\n  themeCSS: "g { fill: red }"\n---\nflowchart TD\n  A --> B';
    expect(stripInDiagramConfig(src)).toBe('flowchart TD\n  A --> B');
  });
  it('removes directives anywhere, including multi-line ones', () => {
    const src = '%%{init: {"htmlLabels": true}}%%\nflowchart TD\n  A --> B\n  %%{\n init: {"theme": "forest"} }%%';
    expect(stripInDiagramConfig(src)).not.toMatch(/%%\{|htmlLabels|forest/);
    expect(stripInDiagramConfig(src)).toContain('A --> B');
  });
  it('leaves ordinary diagrams and mid-diagram `---` edges alone', () => {
    const src = 'flowchart TD\n  A --- B\n  B --> C';
    expect(stripInDiagramConfig(src)).toBe(src);
  });
});
