import { useState } from 'react';
import type { Section } from '../../content-schema/index-types';
import { copyText } from '../../lib/clipboard';
import { InlineText } from './inline-text';

/** `## At 3 AM` → `at-3-am`: the fragment a section permalink uses. */
export function sectionSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function CopyButton({ text }: { text: string }) {
  const [done, setDone] = useState('');
  return (
    <button
      type="button"
      className="copy-code"
      data-testid="copy-code"
      onClick={() => void copyText(text).then((ok) => setDone(ok ? 'Copied' : 'Copy failed'))}
      aria-label="Copy this command"
    >
      {done || 'Copy'}
    </button>
  );
}

/** `bare`: only the blocks, for a caller that draws its own heading (the checklist). */
export function SectionView({ section, testId, bare = false }: { section: Section; testId?: string; bare?: boolean }) {
  const slug = sectionSlug(section.heading);
  const blocks = <SectionBlocks section={section} />;
  if (bare) return blocks;
  return (
    <section className="entry-section" data-testid={testId} id={slug}>
      <h2>
        {section.heading}{' '}
        <a className="permalink" href={`#${slug}`} aria-label={`Link to “${section.heading}”`} data-testid="permalink">
          #
        </a>
      </h2>
      {blocks}
    </section>
  );
}

function SectionBlocks({ section }: { section: Section }) {
  return (
    <>
      {section.blocks.map((b, i) => {
        if (b.type === 'p')
          return (
            <p key={i}>
              <InlineText text={b.text} />
            </p>
          );
        if (b.type === 'code')
          return (
            <div key={i} className="code-block">
              <pre className="code">
                <code>{b.text}</code>
              </pre>
              <CopyButton text={b.text} />
            </div>
          );
        const List = b.type;
        return (
          <List key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <InlineText text={item} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}
