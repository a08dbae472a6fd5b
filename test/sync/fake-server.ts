import {
  Mutation,
  PROTOCOL_VERSION,
  PushRequest,
  type MutationOutcome,
  type PenaltySchedule,
  type VisitPackage,
  type VisitSummary,
} from '../../src/protocol';
import { schedule } from '../store/fixtures';

/**
 * What can go wrong on the way, injected per request:
 * - 'lost-request': the request never reaches the server (fetch throws, nothing applied);
 * - 'lost-reply': the server does the work, then the reply is lost (fetch throws);
 * - a status: the server answers with it and does nothing.
 */
export type Fault = 'lost-request' | 'lost-reply' | 401 | 426 | 500;

export interface AppliedMutation {
  clientId: string;
  id: number;
  type: string;
  visitId: string;
  payload: unknown;
}

interface ClientLog {
  /** The outcome of every mutation id seen, so a resend gets the same answer. */
  outcomes: Map<number, MutationOutcome>;
  lastMutationId: number;
}

/**
 * An in-memory server that honours the sync protocol: each mutation is applied exactly once per
 * (clientId, id); a repeat is acknowledged as `duplicate`; a mutation for a visit not assigned to
 * the inspector, or malformed, is rejected with a reason and never applied.
 */
export class FakeServer {
  private nextNumber = 1;
  readonly token = 'tok_valid_0123456789abcdef';
  readonly applied: AppliedMutation[] = [];
  readonly rejected: { clientId: string; id: number; reason: string }[] = [];
  readonly requests: string[] = [];
  schedule: PenaltySchedule = schedule;
  private readonly faults: Fault[] = [];
  private readonly clients = new Map<string, ClientLog>();
  private readonly packages = new Map<string, VisitPackage>();
  private readonly summaries = new Map<string, VisitSummary>();
  private version = 0;

  /** The next requests meet these faults, one each, in order. */
  fail(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  assign(pkg: VisitPackage): VisitSummary {
    const visit = { ...pkg.visit, status: 'assigned' as const, version: ++this.version };
    this.packages.set(visit.id, { ...pkg, visit });
    this.summaries.set(visit.id, visit);
    return visit;
  }

  withdraw(visitId: string): void {
    const visit = this.summaries.get(visitId);
    if (!visit) throw new Error(`no visit ${visitId}`);
    this.summaries.set(visitId, { ...visit, status: 'withdrawn', version: ++this.version });
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://server.test');
    const method = init?.method ?? 'GET';
    this.requests.push(`${method} ${url.pathname}`);
    const fault = this.faults.shift();
    if (fault === 'lost-request') throw new TypeError('Failed to fetch');
    if (typeof fault === 'number') return json(fault, { error: `status_${fault}`, message: 'injected' });

    const reply = this.handle(method, url, init);
    if (fault === 'lost-reply') throw new TypeError('Failed to fetch');
    return reply;
  };

  private handle(method: string, url: URL, init?: RequestInit): Response {
    const auth = new Headers(init?.headers).get('authorization');
    if (auth !== `Bearer ${this.token}`) return json(401, { error: 'unauthorized', message: 'session expired' });
    const route = `${method} ${url.pathname}`;
    if (route === 'POST /api/sync/push') return this.push(JSON.parse(String(init?.body)));
    if (route === 'GET /api/sync/pull') {
      const since = Number(url.searchParams.get('since') ?? 0);
      const visits = [...this.summaries.values()].filter((v) => v.version > since);
      return json(200, { cursor: Math.max(since, ...visits.map((v) => v.version)), visits });
    }
    if (route === 'GET /api/visits') {
      return json(200, { visits: [...this.summaries.values()].filter((v) => v.status === 'assigned') });
    }
    if (route === 'GET /api/penalty-schedule') return json(200, this.schedule);
    if (route === 'POST /api/notice-numbers') {
      const from = this.nextNumber;
      this.nextNumber += 50;
      return json(200, { inspectorCode: 'PP-014', year: new Date().getFullYear(), from, to: from + 49, reservedAt: new Date().toISOString() });
    }
    if (method === 'PUT' && url.pathname.startsWith('/api/photos/')) return json(200, { ok: true });
    const visit = /^\/api\/visits\/(.+)$/.exec(url.pathname);
    if (method === 'GET' && visit) {
      const pkg = this.packages.get(decodeURIComponent(visit[1]));
      const summary = pkg && this.summaries.get(pkg.visit.id);
      if (!pkg || summary?.status !== 'assigned') return json(404, { error: 'not_found', message: 'no such visit' });
      return json(200, { ...pkg, visit: summary });
    }
    return json(404, { error: 'not_found', message: route });
  }

  private push(body: unknown): Response {
    const parsed = PushRequest.safeParse(body);
    if (!parsed.success) return json(400, { error: 'invalid_request', message: parsed.error.message });
    const { clientId, mutations, protocolVersion } = parsed.data;
    if (protocolVersion !== PROTOCOL_VERSION) return json(426, { error: 'client_too_old', message: 'update' });
    const log = this.clients.get(clientId) ?? { outcomes: new Map<number, MutationOutcome>(), lastMutationId: 0 };
    this.clients.set(clientId, log);

    const results: MutationOutcome[] = mutations.map((envelope) => {
      const earlier = log.outcomes.get(envelope.id);
      // A resent rejection is rejected again with its reason: 'duplicate' would tell the client it was applied.
      if (earlier) return earlier.status === 'rejected' ? earlier : { id: envelope.id, status: 'duplicate' };
      log.lastMutationId = Math.max(log.lastMutationId, envelope.id);
      const reason = this.refusal(envelope);
      const outcome: MutationOutcome = reason
        ? { id: envelope.id, status: 'rejected', reason }
        : { id: envelope.id, status: 'applied' };
      log.outcomes.set(envelope.id, outcome);
      if (reason) this.rejected.push({ clientId, id: envelope.id, reason });
      else this.applied.push({ clientId, id: envelope.id, type: envelope.type, visitId: envelope.visitId, payload: envelope.payload });
      return outcome;
    });
    return json(200, { lastMutationId: log.lastMutationId, results });
  }

  private refusal(envelope: unknown): string | null {
    const m = Mutation.safeParse(envelope);
    if (!m.success) return 'invalid_mutation';
    if (this.summaries.get(m.data.visitId)?.status !== 'assigned') return 'visit_not_assigned';
    return null;
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
