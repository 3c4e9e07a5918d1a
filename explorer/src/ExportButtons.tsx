import { downloadText, formatCsv, slugifyName, type ExportRow } from './exportList';
import { translate } from './i18n';
import type { Lang } from './route';

/** CSV and JSON downloads of one list, as shown (the rows loaded so far). */
export function ExportButtons({ name, rows, lang }: { name: string; rows: ExportRow[]; lang: Lang }) {
  const file = slugifyName(name);
  return (
    <span className="exports">
      <button type="button" data-export="csv" aria-label={`${name}: CSV`} onClick={() => downloadText(`${file}.csv`, formatCsv(rows), 'text/csv;charset=utf-8')}>
        ⤓ {translate(lang, 'exportCsv')}
      </button>
      <button type="button" data-export="json" aria-label={`${name}: JSON`} onClick={() => downloadText(`${file}.json`, `${JSON.stringify(rows, null, 2)}\n`, 'application/json')}>
        ⤓ {translate(lang, 'exportJson')}
      </button>
    </span>
  );
}
