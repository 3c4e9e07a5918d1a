import '@fontsource/noto-sans-sc/400.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The shipped CJK font is loaded before anything is laid out or drawn, so text is measured
// with the glyphs it is shown in (no fallback-font reflow, and canvas labels get the real font).
async function startExplorer(): Promise<void> {
  await Promise.all([document.fonts.load('16px "Noto Sans SC"', '自贸试验区 Explorer'), document.fonts.load('16px "Noto Sans SC"', '生物医药')]).catch(() => []);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void startExplorer();
