import type { Browser, BrowserContext, Page } from 'playwright-core';
import { prepareAllVisits, signIn } from './app';
import { launchChromium, phoneContext } from './browser';
import { ServerProcess, freePort } from './server';

export interface FieldSession {
  server: ServerProcess;
  browser: Browser;
  context: BrowserContext;
}

/** A fresh server on its own PGlite folder, Debian's Chromium, and one phone-sized context. */
export async function openFieldSession(distDir?: string): Promise<FieldSession> {
  const server = new ServerProcess(await freePort(), distDir);
  await server.start();
  const browser = await launchChromium();
  const context = await phoneContext(browser, server.url);
  return { server, browser, context };
}

/** A field session with the demo inspector signed in (PIN chosen) and every visit downloaded. */
export async function openPreparedPhone(distDir?: string): Promise<FieldSession & { page: Page }> {
  const session = await openFieldSession(distDir);
  const page = await session.context.newPage();
  await signIn(page, 'inspector.demo');
  await prepareAllVisits(page);
  return { ...session, page };
}

/** Closes what openFieldSession opened, whatever got opened before a failure. */
export async function closeFieldSession(s: Partial<FieldSession>): Promise<void> {
  await s.context?.close();
  await s.browser?.close();
  await s.server?.stop();
  s.server?.cleanup();
}
