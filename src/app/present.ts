import type { useNavigate } from '@tanstack/react-router';
import type { DiagramSearch } from './search-params';

/**
 * Start a presentation on `firstId`: the real Fullscreen API first (it needs the click's user gesture,
 * so it cannot wait for the diagram page), then the diagram in presentation mode with its deck (`seq`).
 */
export function startPresentation(navigate: ReturnType<typeof useNavigate>, firstId: string, search: DiagramSearch): void {
  document.documentElement.requestFullscreen?.().catch(() => undefined);
  void navigate({ to: '/d/$id', params: { id: firstId }, search: { ...search, fs: true, step: 0 } });
}
