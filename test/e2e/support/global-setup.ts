/** Jest global setup of the browser suite: build the harness page once for every test file. */
import { buildHarness } from './build-harness';

export default async function globalSetup(): Promise<void> {
  await buildHarness();
}
