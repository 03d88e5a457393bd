/** `layerlab serve [--port N] [--host H] [--offline-images] [--allow-origin O]… [--engine ID=SPEC]…`: real builds over HTTP. */
import type { CliIo, CommandHandler } from '../io.ts';

const USAGE = `usage: layerlab serve [--port N] [--host 127.0.0.1] [--offline-images] [--allow-origin ORIGIN]...
       [--engine ID=SPEC]... [--timeout SECONDS] [--max-queue N] [--max-body BYTES] [--max-files N]
       [--session-ttl MINUTES]
  token: $LAYERLAB_TOKEN, else a new one printed once at start
  engines default to $LAYERLAB_V08_DOCKER / $LAYERLAB_MODERN_DOCKER (scripts/engines.sh), else \`docker\` as modern
`;

interface Flags {
  port: number; host: string; offline: boolean; origins: string[]; engines: string[];
  timeout?: number; maxQueue?: number; maxBody?: number; maxFiles?: number; ttl?: number;
}

function positive(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got "${v}"`);
  return n;
}

function parse(args: readonly string[]): Flags {
  const f: Flags = { port: 7421, host: '127.0.0.1', offline: false, origins: [], engines: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const eq = a.indexOf('=');
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    const value = () => { const v = inline ?? args[++i]; if (v === undefined) throw new Error(`${flag} needs a value`); return v; };
    switch (flag) {
      case '--port': f.port = positive(flag, value()); break;
      case '--host': f.host = value(); break;
      case '--offline-images': f.offline = true; break;
      case '--allow-origin': f.origins.push(value()); break;
      case '--engine': f.engines.push(value()); break;
      case '--timeout': f.timeout = positive(flag, value()) * 1000; break;
      case '--max-queue': f.maxQueue = positive(flag, value()); break;
      case '--max-body': f.maxBody = positive(flag, value()); break;
      case '--max-files': f.maxFiles = positive(flag, value()); break;
      case '--session-ttl': f.ttl = positive(flag, value()) * 60_000; break;
      default: throw new Error(`unknown option "${a}"\n${USAGE}`);
    }
  }
  return f;
}

/** The serve command: runs until SIGINT/SIGTERM. */
export const serveCommand: CommandHandler = async (args, io: CliIo) => {
  if (args.includes('--help') || args.includes('-h')) { io.stdout(USAGE); return 0; }
  let flags: Flags;
  try { flags = parse(args); } catch (e) { io.stderr(`layerlab serve: ${(e as Error).message}\n`); return 2; }
  const { startServer, DEFAULT_ORIGINS } = await import('../../server/index.ts');
  const { parseEngineSpec, defaultDrivers } = await import('../../server/drivers/index.ts');
  let drivers;
  try { drivers = flags.engines.length > 0 ? flags.engines.map(parseEngineSpec) : await defaultDrivers(process.env); } catch (e) { io.stderr(`layerlab serve: ${(e as Error).message}\n`); return 2; }
  const limits = {
    ...(flags.timeout !== undefined ? { buildTimeoutMs: flags.timeout } : {}), ...(flags.maxQueue !== undefined ? { maxQueue: flags.maxQueue } : {}),
    ...(flags.maxBody !== undefined ? { maxBodyBytes: flags.maxBody } : {}), ...(flags.maxFiles !== undefined ? { maxFiles: flags.maxFiles } : {}),
    ...(flags.ttl !== undefined ? { sessionTtlMs: flags.ttl } : {}),
  };
  const server = await startServer({
    port: flags.port, host: flags.host, token: process.env['LAYERLAB_TOKEN'] || undefined, offlineImages: flags.offline,
    allowOrigins: flags.origins.length > 0 ? flags.origins : DEFAULT_ORIGINS, drivers, limits, log: (l) => io.stderr(`layerlab serve: ${l}\n`),
  });
  io.stdout(`listening on ${server.url}\n`);
  if (!process.env['LAYERLAB_TOKEN']) io.stdout(`token: ${server.token}\n`);
  io.stdout(`engines: ${drivers.map((d) => `${d.id}=${d.kind} ${d.address}`).join('; ')}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  return 0;
};
