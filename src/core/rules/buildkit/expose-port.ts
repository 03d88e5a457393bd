/** EXPOSE port parsing shared by the EXPOSE checks (tracks BuildKit dockerfile2llb/convert_expose.go splitParts). */

/** The parts of `[ip:][hostPort:]containerPort[/proto]`. */
export interface PortSpec {
  readonly ip: string;
  readonly hostPort: string;
  readonly containerPort: string;
  readonly proto: string;
}

/** Splits one EXPOSE word. */
export function splitPort(raw: string): PortSpec {
  const slash = raw.lastIndexOf('/');
  const proto = slash >= 0 ? raw.slice(slash + 1) : '';
  const body = slash >= 0 ? raw.slice(0, slash) : raw;
  const parts = body.split(':');
  const n = parts.length;
  if (n === 1) return { ip: '', hostPort: '', containerPort: body, proto };
  if (n === 2) return { ip: '', hostPort: parts[0]!, containerPort: parts[1]!, proto };
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort: parts[n - 1]!, proto };
}
