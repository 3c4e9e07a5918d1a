import { useState } from 'react';
import { translate } from './i18n';
import type { Lang } from './route';

/** Today as YYYY-MM-DD, the date of access a citation gives. */
function formatToday(): string {
  return new Date().toISOString().slice(0, 10);
}

export function formatCitation(title: string, url: string, dataVersion: string | null, lang: Lang): string {
  const version = dataVersion ?? 'unknown';
  return lang === 'zh'
    ? `${title}。自贸试验区知识图谱。${url}（数据版本 ${version}，访问日期 ${formatToday()}）。`
    : `${title}. FTZ knowledge graph. ${url} (data version ${version}; accessed ${formatToday()}).`;
}

/** The answer's data version and a "cite this" text for the view (title, URL, version, date). */
export function CiteBox({ title, dataVersion, lang }: { title: string; dataVersion: string | null; lang: Lang }) {
  const [open, setOpen] = useState(false);
  return (
    <aside className="cite" aria-label={translate(lang, 'cite')}>
      <span className="data-version">
        {translate(lang, 'dataVersion')}: <code data-testid="data-version">{dataVersion ?? '—'}</code>
      </span>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        {translate(lang, 'cite')}
      </button>
      {open && (
        <textarea
          readOnly
          data-testid="citation"
          rows={3}
          autoFocus
          value={formatCitation(title, window.location.href, dataVersion, lang)}
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </aside>
  );
}
