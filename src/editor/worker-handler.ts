/** The worker's request handler, free of worker globals so tests can call it directly. */
import { codeActions, complete, hover, type LspDiagnostic } from '../core/language/index.ts';
import type { Analysis } from './analysis.ts';
import type { Method, Methods, WorkerReply, WorkerRequest } from './protocol.ts';

/** Handles one request; the handler remembers the last diagnostics so hovers can explain rules. */
export type Handler = (request: WorkerRequest) => WorkerReply;

/** Makes a handler over an analysis adapter. */
export function createHandler(analysis: Analysis): Handler {
  let lastDiagnostics: readonly LspDiagnostic[] = [];
  const run = <M extends Method>(method: M, params: Methods[M]['params']): Methods[M]['result'] => {
    const call = methods[method] as (p: Methods[M]['params']) => Methods[M]['result'];
    return call(params);
  };
  const methods: { [M in Method]: (params: Methods[M]['params']) => Methods[M]['result'] } = {
    analyze: (params) => {
      const result = analysis.analyze(params);
      lastDiagnostics = result.diagnostics;
      return result;
    },
    hover: (params) => hover(analysis.parse(params.text), params.position, lastDiagnostics, analysis.ruleDocs(), { lang: params.lang ?? 'en' }),
    complete: (params) => complete(analysis.parse(params.text), params.position, params.buildArgs, { lang: params.lang ?? 'en' }),
    codeActions: (params) => codeActions(params.uri, params.diagnostics, params.range),
  };
  return (request) => {
    try {
      return { kind: 'result', id: request.id, result: run(request.method, request.params) };
    } catch (error) {
      return { kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
