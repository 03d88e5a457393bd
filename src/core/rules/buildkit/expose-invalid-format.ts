// Tracks BuildKit frontend/dockerfile/dockerfile2llb/convert_expose.go (parsePort)
import { buildkitRule } from '../define.ts';
import { instRange } from '../model/util.ts';
import { exposedPorts } from './expose-port.ts';

/** EXPOSE takes container ports only; host mappings belong to `docker run -p`. */
export const exposeInvalidFormat = buildkitRule({
  id: 'ExposeInvalidFormat', title: 'IP address and host-port mapping should not be used in EXPOSE instruction', category: 'correctness', since: '1.18.0',
  check(ctx, report) {
    for (const { inst, raw, spec } of exposedPorts(ctx)) {
      if (spec.ip || spec.hostPort) report({ range: instRange(ctx, inst), message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${raw}'` });
    }
  },
});
