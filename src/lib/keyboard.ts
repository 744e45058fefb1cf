/** True when a key event comes from a place where the user is typing text: shortcuts stay out of its way. */
export const isTypingTarget = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
