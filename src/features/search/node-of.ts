/**
 * The node label a result matched on, when that is why it matched (not the title): the result then
 * opens its diagram centred on that node (`?node=<label>`).
 */
export function nodeOf(matched: string[]): string | undefined {
  if (matched.includes('title')) return undefined;
  const label = matched.find((m) => m.startsWith('label: '))?.slice(7);
  return label && label.length <= 120 ? label : undefined;
}
