import { z } from 'zod';
import {
  DeviceKeyResponse,
  NumberBlock,
  PenaltySchedule,
  PullResponse,
  PushResponse,
  SessionUser,
  SignInResponse,
  VisitListResponse,
  VisitPackage,
  type PushRequest,
  type SignInRequest,
} from '../protocol';
import { createCaller, type ApiClientOptions } from './http';

export type { ApiClientOptions } from './http';

export interface ApiClient {
  signIn(credentials: SignInRequest): Promise<SignInResponse>;
  me(): Promise<SessionUser>;
  deviceKey(): Promise<DeviceKeyResponse>;
  listVisits(): Promise<VisitListResponse>;
  getVisitPackage(visitId: string): Promise<VisitPackage>;
  push(request: PushRequest): Promise<PushResponse>;
  pull(since: number): Promise<PullResponse>;
  getPenaltySchedule(): Promise<PenaltySchedule>;
  reserveNumbers(): Promise<NumberBlock>;
  uploadPhoto(id: string, blob: Blob): Promise<void>;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const call = createCaller(options);
  return {
    signIn: (credentials) => call(SignInResponse, 'POST', '/api/session', credentials, false),
    me: () => call(SessionUser, 'GET', '/api/me'),
    deviceKey: () => call(DeviceKeyResponse, 'POST', '/api/device-key', {}),
    listVisits: () => call(VisitListResponse, 'GET', '/api/visits'),
    getVisitPackage: (visitId) => call(VisitPackage, 'GET', `/api/visits/${encodeURIComponent(visitId)}`),
    push: (request) => call(PushResponse, 'POST', '/api/sync/push', request),
    pull: (since) => call(PullResponse, 'GET', `/api/sync/pull?since=${since}`),
    getPenaltySchedule: () => call(PenaltySchedule, 'GET', '/api/penalty-schedule'),
    reserveNumbers: () => call(NumberBlock, 'POST', '/api/notice-numbers', {}),
    uploadPhoto: async (id, blob) => {
      await call(z.unknown(), 'PUT', `/api/photos/${encodeURIComponent(id)}`, { raw: blob, contentType: blob.type || 'image/jpeg' });
    },
  };
}
