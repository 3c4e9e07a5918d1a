// Monaco's web workers, bundled by Vite from our own source (`?worker`): `vite` dev crashes
// on `graphiql/setup-workers/vite`, and that file also logs every worker start to the console.
// Imported by the query view only, so the workers and Monaco stay out of the main chunk.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

interface MonacoEnvironmentHost {
  MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
}

(globalThis as MonacoEnvironmentHost).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
