/**
 * Both drivers must hand rows back in the same shapes, or code would pass on one database
 * and fail on the other. We keep: bigint as a JS number (our counters and riel amounts stay
 * far below 2^53), date as the 'YYYY-MM-DD' text (a JS Date would shift it by the server's
 * time zone), timestamptz as a Date (both drivers' default).
 */
export const INT8_OID = 20;
export const DATE_OID = 1082;

export const parseInt8 = (value: string): number => Number(value);
export const parseDate = (value: string): string => value;
