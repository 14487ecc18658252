// The clean-page check itself (tests/e2e/fixture.mjs): it must fail a test
// whose page logs an error or sends a request off its origin, and let
// through an error the test says it provokes. `test.fail` marks the tests
// that must fail: each passes only if the check at teardown fails it.
import { AppPage, test } from './fixture.mjs';

test.fail('a console error fails the test', async ({ site }) => {
  const app = await AppPage.open(site);
  await app.page.evaluate(() => console.error('planted by the test'));
});

test.fail('an uncaught error fails the test', async ({ site }) => {
  const app = await AppPage.open(site);
  await app.page.evaluate(() => setTimeout(() => { throw new Error('planted by the test'); }));
  await test.step('wait for the error to be seen', () => test.expect.poll(() => app.errors.length).toBe(1));
});

test.fail('a request off the origin fails the test, even when errors are provoked', async ({ site }) => {
  const app = await AppPage.open(site, { bypassCSP: true });
  app.provokes('the planted request fails', /.*/);
  // Another loopback address: the request cannot leave the machine.
  await app.page.evaluate(() => fetch('http://127.0.0.2:9/planted').catch(() => {}));
});

test('an error the test provokes, and says so, passes', async ({ site }) => {
  const app = await AppPage.open(site);
  app.provokes('the test logs it to check the opt-out', /planted by the test/);
  await app.page.evaluate(() => console.error('planted by the test'));
});
