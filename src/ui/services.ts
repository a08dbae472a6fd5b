import { openDb } from '../store/db';
import { createApiClient } from '../sync/api';
import { createSupervisorApi } from '../sync/supervisor-api';

export type { EmployerRow } from '../sync/supervisor-api';

/** The one database and API clients of this tab. */
export const db = openDb();

let token: string | null = null;
export function setToken(next: string | null): void {
  token = next;
}
const getToken = () => token;
export const api = createApiClient({ getToken });
export const supervisorApi = createSupervisorApi({ getToken });
