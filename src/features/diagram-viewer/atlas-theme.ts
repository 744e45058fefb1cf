/**
 * Atlas's own mermaid theme (on mermaid's `base` theme), one per colour scheme. Mermaid's default
 * palettes put white text on lavender (2.57:1) in timelines; every pair here has text contrast of at
 * least 4.5:1 (WCAG AA), which tests/e2e/contrast.spec.ts checks over rendered SVGs. Plane colours are
 * separate (taxonomy.ts), injected as classDefs.
 */
import type { DiagramTheme } from './mermaid-render';

/** Timeline section fills (light): pale tints, all read with the same near-black text. */
const LIGHT_SCALE = [
  '#DBEAFE',
  '#FEF3C7',
  '#D1FAE5',
  '#EDE9FE',
  '#FCE7F3',
  '#E0F2FE',
  '#FEE2E2',
  '#ECFCCB',
  '#F3F4F6',
  '#FFEDD5',
  '#CCFBF1',
  '#E0E7FF',
];
/** Timeline section fills (dark): deep tones, all read with the same near-white text. */
const DARK_SCALE = [
  '#1E3A8A',
  '#78350F',
  '#064E3B',
  '#4C1D95',
  '#831843',
  '#0C4A6E',
  '#7F1D1D',
  '#365314',
  '#374151',
  '#7C2D12',
  '#134E4A',
  '#312E81',
];

function scale(fills: string[], text: string): Record<string, string> {
  const out: Record<string, string> = {};
  fills.forEach((f, i) => {
    out[`cScale${i}`] = f;
    out[`cScalePeer${i}`] = f;
    out[`cScaleLabel${i}`] = text;
  });
  return out;
}

export function themeVariables(theme: DiagramTheme): Record<string, string | boolean> {
  if (theme === 'dark') {
    const text = '#F1F5F9';
    return {
      darkMode: true,
      background: '#0F172A',
      fontSize: '16px',
      primaryColor: '#1E293B',
      primaryTextColor: text,
      primaryBorderColor: '#818CF8',
      secondaryColor: '#334155',
      secondaryTextColor: text,
      tertiaryColor: '#1E293B',
      tertiaryTextColor: text,
      lineColor: '#94A3B8',
      textColor: '#E2E8F0',
      nodeTextColor: text,
      titleColor: text,
      clusterBkg: '#131C2E',
      clusterBorder: '#475569',
      edgeLabelBackground: '#1E293B',
      actorBkg: '#1E293B',
      actorBorder: '#818CF8',
      actorTextColor: text,
      actorLineColor: '#64748B',
      signalColor: '#CBD5E1',
      signalTextColor: text,
      labelBoxBkgColor: '#334155',
      labelBoxBorderColor: '#64748B',
      labelTextColor: text,
      loopTextColor: text,
      noteBkgColor: '#422006',
      noteBorderColor: '#CA8A04',
      noteTextColor: '#FEF9C3',
      activationBkgColor: '#334155',
      activationBorderColor: '#94A3B8',
      sequenceNumberColor: '#0F172A',
      ...scale(DARK_SCALE, '#F8FAFC'),
    };
  }
  const text = '#111827';
  return {
    darkMode: false,
    background: '#FFFFFF',
    fontSize: '16px',
    primaryColor: '#E0E7FF',
    primaryTextColor: text,
    primaryBorderColor: '#4F46E5',
    secondaryColor: '#F1F5F9',
    secondaryTextColor: text,
    tertiaryColor: '#F8FAFC',
    tertiaryTextColor: text,
    lineColor: '#475569',
    textColor: text,
    nodeTextColor: text,
    titleColor: text,
    clusterBkg: '#F8FAFC',
    clusterBorder: '#94A3B8',
    edgeLabelBackground: '#FFFFFF',
    actorBkg: '#E0E7FF',
    actorBorder: '#4F46E5',
    actorTextColor: text,
    actorLineColor: '#64748B',
    signalColor: '#334155',
    signalTextColor: text,
    labelBoxBkgColor: '#F1F5F9',
    labelBoxBorderColor: '#64748B',
    labelTextColor: text,
    loopTextColor: text,
    noteBkgColor: '#FEF9C3',
    noteBorderColor: '#CA8A04',
    noteTextColor: text,
    activationBkgColor: '#F1F5F9',
    activationBorderColor: '#64748B',
    sequenceNumberColor: '#FFFFFF',
    ...scale(LIGHT_SCALE, text),
  };
}
