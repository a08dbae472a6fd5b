import { randomUUID } from 'node:crypto';
import { PROTOCOL_VERSION, type MutationEnvelope, type PushResponse } from '../../../src/protocol';
import type { FieldInspector } from '../../setup/field-team';
import { envelope, pickKind } from './mutations';
import { percentile } from './stats';

export interface LoadScenario {
  clients: number;
  /** Mutations per push request. */
  batch: number;
  /** Pause between a client's answer and its next push (jittered ±50 %); 0 = push flat out. */
  thinkMs: number;
  warmupMs: number;
  measureMs: number;
}

export interface LoadResult {
  /** Mutations acknowledged during the measured window, per second. */
  throughput: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-200 answers and network errors (each batch is then resent). */
  errors: number;
  /** Mutations answered other than 'applied' on their first successful push. */
  notApplied: number;
  /** Every mutation sent, across warm-up and measurement; to check against mutation_log. */
  sent: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** N simulated inspectors pushing batches to `baseUrl`, each as its own device (client id). */
export async function runScenario(baseUrl: string, inspectors: FieldInspector[], s: LoadScenario): Promise<LoadResult> {
  const start = performance.now();
  const measureFrom = start + s.warmupMs;
  const end = measureFrom + s.measureMs;
  const latencies: number[] = [];
  let measuredMutations = 0, requests = 0, errors = 0, notApplied = 0, sent = 0;

  async function client(i: number) {
    const inspector = inspectors[i % inspectors.length];
    const visitId = inspector.visitIds[Math.floor(i / inspectors.length) % inspector.visitIds.length];
    const clientId = randomUUID();
    let nextId = 1;
    // Spread the first pushes so the clients do not arrive as one wave.
    await sleep(Math.random() * Math.max(s.thinkMs, 50));
    while (performance.now() < end) {
      const mutations: MutationEnvelope[] = [];
      for (let k = 0; k < s.batch; k++) mutations.push(envelope(pickKind(Math.random()), nextId++, visitId));
      sent += mutations.length;
      const body = JSON.stringify({ protocolVersion: PROTOCOL_VERSION, clientId, mutations });
      for (;;) {
        const t0 = performance.now();
        try {
          const res = await fetch(`${baseUrl}/api/sync/push`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${inspector.token}` },
            body,
          });
          const answer = (await res.json()) as PushResponse;
          const t1 = performance.now();
          requests++;
          if (res.status !== 200) throw new Error(`status ${res.status}`);
          notApplied += answer.results.filter((r) => r.status !== 'applied').length;
          if (t0 >= measureFrom && t1 <= end) {
            latencies.push(t1 - t0);
            measuredMutations += mutations.length;
          }
          break;
        } catch {
          errors++;
          await sleep(50);
        }
      }
      if (s.thinkMs > 0) await sleep(s.thinkMs * (0.5 + Math.random()));
    }
  }

  await Promise.all(Array.from({ length: s.clients }, (_, i) => client(i)));
  return {
    throughput: measuredMutations / (s.measureMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    requests,
    errors,
    notApplied,
    sent,
  };
}
