import { z } from 'zod';
import {
  EmployerList,
  ImportResult,
  type OutboxExport,
  InspectorList,
  PenaltySchedule,
  RegistryImportResponse,
  VisitOverviewList,
  VisitResults,
  VisitSummary,
  type AssignVisitRequest,
  type UpdateVisitRequest,
} from '../protocol';
import { createCaller, type ApiClientOptions } from './http';

/** The supervisor works online against the server; nothing here is cached on the device. */
export function createSupervisorApi(options: ApiClientOptions) {
  const call = createCaller(options);
  return {
    schedule: () => call(PenaltySchedule, 'GET', '/api/penalty-schedule'),
    scheduleVersions: () => call(z.object({ versions: z.array(PenaltySchedule) }), 'GET', '/api/penalty-schedule/versions'),
    publishSchedule: (edit: Omit<PenaltySchedule, 'version' | 'publishedAt' | 'publishedBy'>) =>
      call(PenaltySchedule, 'POST', '/api/penalty-schedule', edit),
    /** A photo's bytes: <img> cannot send the bearer token, so the screen shows an object URL of this. */
    photo: async (id: string): Promise<Blob> => {
      const token = await options.getToken();
      const res = await fetch(`${options.baseUrl ?? ''}/api/photos/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`photo ${id}: HTTP ${res.status}`);
      return res.blob();
    },
    overview: () => call(VisitOverviewList, 'GET', '/api/supervisor/visits'),
    visitResults: (visitId: string) => call(VisitResults, 'GET', `/api/supervisor/visits/${encodeURIComponent(visitId)}`),
    employers: () => call(EmployerList, 'GET', '/api/supervisor/employers'),
    inspectors: () => call(InspectorList, 'GET', '/api/supervisor/inspectors'),
    assignVisit: (req: AssignVisitRequest) => call(VisitSummary, 'POST', '/api/supervisor/visits', req),
    updateVisit: (visitId: string, req: UpdateVisitRequest) =>
      call(z.unknown(), 'PATCH', `/api/supervisor/visits/${encodeURIComponent(visitId)}`, req),
    importWork: (file: OutboxExport) => call(ImportResult, 'POST', '/api/supervisor/import', file),
    importRegistry: (employerId: string, csv: string) =>
      call(RegistryImportResponse, 'POST', `/api/supervisor/employers/${encodeURIComponent(employerId)}/registry`, {
        raw: csv,
        contentType: 'text/csv; charset=utf-8',
      }),
  };
}

export type SupervisorApi = ReturnType<typeof createSupervisorApi>;
export type EmployerRow = z.infer<typeof EmployerList>['employers'][number];
