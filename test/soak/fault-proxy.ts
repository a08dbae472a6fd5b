/**
 * A loopback HTTP proxy between the soak's clients and the server that breaks requests the ways a
 * field connection does. Each request draws at most one fault:
 *  - drop-before: the connection is cut before the request reaches the server (nothing applied)
 *  - drop-after:  the server answered (its transaction committed) but the reply never arrives
 *  - error-before / error-after: a 500 instead of the answer, without or after the server applying it
 *  - hang / hang-after: no answer at all until the client's timeout gives up; before or after applying
 *  - slow: the request or the reply is delayed, sometimes past the client's timeout, so an old copy
 *          of a batch can reach the server after the client has already resent it
 *  - duplicate: the request is sent to the server twice at once; the client gets the later answer
 * A connection refused while the server is restarting is counted too (server-down).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAULTS = ['drop-before', 'drop-after', 'error-before', 'error-after', 'hang', 'hang-after', 'slow', 'duplicate'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultProxyOptions {
  targetPort: number;
  /** Share of requests that get a fault. */
  rate: number;
  /** How long a hung request is held before its socket is cut (longer than the client timeout). */
  hangMs: number;
  /** Upper bound of an injected delay. */
  slowMs: number;
}

export interface FaultProxy {
  port: number;
  counts: Record<Fault | 'server-down', number>;
  requests: number;
  setRate(rate: number): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let rate = options.rate;
  const counts = Object.fromEntries([...FAULTS, 'server-down'].map((f) => [f, 0])) as FaultProxy['counts'];
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const held = new Set<NodeJS.Timeout>();
  const state = { requests: 0 };

  const forward = (req: http.IncomingMessage, body: Buffer): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers = { ...req.headers, host: `127.0.0.1:${options.targetPort}` };
      const out = http.request({ host: '127.0.0.1', port: options.targetPort, method: req.method, path: req.url, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      out.on('error', reject);
      out.end(body);
    });

  const reply = (res: http.ServerResponse, a: Answer) => {
    const { 'transfer-encoding': _te, connection: _c, 'keep-alive': _ka, ...headers } = a.headers;
    res.writeHead(a.status, { ...headers, 'content-length': a.body.length });
    res.end(a.body);
  };
  const fail500 = (res: http.ServerResponse) => {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'internal', message: 'injected by the soak proxy' }));
  };
  const hold = (req: http.IncomingMessage) => {
    const t = setTimeout(() => {
      held.delete(t);
      req.socket.destroy();
    }, options.hangMs);
    held.add(t);
  };

  const server = http.createServer(async (req, res) => {
    state.requests++;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const fault: Fault | null = Math.random() < rate ? FAULTS[Math.floor(Math.random() * FAULTS.length)] : null;
    if (fault) counts[fault]++;
    try {
      if (fault === 'drop-before') return void req.socket.destroy();
      if (fault === 'error-before') return fail500(res);
      if (fault === 'hang') return hold(req);
      if (fault === 'slow' && Math.random() < 0.5) await sleep(Math.random() * options.slowMs);
      let answer: Answer;
      if (fault === 'duplicate') {
        const copies = [forward(req, body), forward(req, body)];
        await Promise.allSettled(copies);
        answer = await copies[1];
      } else {
        answer = await forward(req, body);
      }
      if (fault === 'drop-after') return void req.socket.destroy();
      if (fault === 'error-after') return fail500(res);
      if (fault === 'hang-after') return hold(req);
      if (fault === 'slow') await sleep(Math.random() * options.slowMs);
      reply(res, answer);
    } catch {
      // The server is down (restarting) or cut the connection: the client sees the network fail.
      counts['server-down']++;
      req.socket.destroy();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    counts,
    get requests() {
      return state.requests;
    },
    setRate: (r) => (rate = r),
    close: async () => {
      for (const t of held) clearTimeout(t);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      agent.destroy();
    },
  };
}
