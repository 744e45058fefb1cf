import type { Section } from '../../content-schema/index-types';
import { InlineText } from './inline-text';

export function SectionView({ section, testId }: { section: Section; testId?: string }) {
  return (
    <section className="entry-section" data-testid={testId}>
      <h2>{section.heading}</h2>
      {section.blocks.map((b, i) => {
        if (b.type === 'p')
          return (
            <p key={i}>
              <InlineText text={b.text} />
            </p>
          );
        if (b.type === 'code')
          return (
            <pre key={i} className="code">
              <code>{b.text}</code>
            </pre>
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
    </section>
  );
}
