// The query view's interface strings, English and 中文.
import { makeTranslator } from '../i18n';

export const translateQuery = makeTranslator({
  title: { en: 'Query', zh: '查询' },
  logo: { en: 'GraphQL', zh: 'GraphQL' },
  citeTitle: { en: 'GraphQL query', zh: 'GraphQL 查询' },
  showExamples: { en: 'Examples', zh: '示例' },
  hideExamples: { en: 'Hide examples', zh: '隐藏示例' },
  examples: { en: 'Examples', zh: '示例查询' },
  examplesIntro: {
    en: 'Named example queries over the curated graph. Run opens one in the editor and runs it; edit it from there.',
    zh: '基于整理后图谱的示例查询。点“运行”在编辑器中打开并执行，之后可以继续修改。',
  },
  examplesFile: { en: 'Query examples', zh: '示例查询' },
  run: { en: 'Run', zh: '运行' },
  downloadAnswer: { en: 'Answer as JSON', zh: '下载结果（JSON）' },
  readme: { en: 'README', zh: 'README' },
  close: { en: 'Close', zh: '关闭' },
});
