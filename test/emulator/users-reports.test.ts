import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  configureReports,
  defaultVendorNumber,
  financeDetailColumns,
  salesSummaryColumns,
} from '../../src/emulator/resources/reports.js';
import { acceptInvitation } from '../../src/emulator/resources/users.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  configureReports(h.emulator.store, { latestDay: '2025-03-10' });
});
afterAll(async () => {
  await h.emulator.close();
});

const invite = (email: string, attributes: Record<string, unknown> = {}, apps: string[] = []) =>
  h.json('/v1/userInvitations', {
    method: 'POST',
    body: {
      data: {
        type: 'userInvitations',
        attributes: { email, firstName: 'A', lastName: 'B', roles: ['DEVELOPER'], ...attributes },
        ...(apps.length > 0
          ? { relationships: { visibleApps: { data: apps.map((id) => ({ type: 'apps', id })) } } }
          : {}),
      },
    },
  });

const userNamed = (email: string) =>
  h.emulator.store.list('users').find((u) => u.attributes.username === email)!;

describe('users and invitations', () => {
  it('invites with visible apps, refuses a second invitation, and turns into a user on acceptance', async () => {
    const created = await invite('new@example.com', { allAppsVisible: false }, [h.demo.app.id]);
    expect(created.status).toBe(201);
    expect(created.body.data.attributes.expirationDate).toBeTruthy();
    const again = await invite('NEW@example.com');
    expect(again.status).toBe(409);
    expect(again.body.errors[0].detail).toContain('already has a pending invitation');

    const listed = await h.json('/v1/userInvitations?include=visibleApps&filter[roles]=DEVELOPER');
    expect(listed.body.data.map((i: { id: string }) => i.id)).toContain(created.body.data.id);
    expect(listed.body.included.map((a: { id: string }) => a.id)).toEqual([h.demo.app.id]);

    const user = acceptInvitation(h.emulator.store, created.body.data.id);
    expect(h.emulator.store.get('userInvitations', created.body.data.id)).toBeUndefined();
    expect(h.emulator.store.related('users', user.id, 'visibleApps')).toEqual([h.demo.app.id]);
    expect((await invite('new@example.com')).body.errors[0].detail).toContain('existing user');
  });

  it('refuses ACCOUNT_HOLDER and no roles in invitations', async () => {
    const holder = await invite('x@example.com', { roles: ['ACCOUNT_HOLDER'] });
    expect(holder.status).toBe(409);
    expect(holder.body.errors[0].source.pointer).toBe('/data/attributes/roles');
    expect((await invite('y@example.com', { roles: [] })).status).toBe(409);
  });

  it('drops visible apps when all apps become visible', async () => {
    const dev = userNamed('dev@example.com');
    const patched = await h.json(`/v1/users/${dev.id}`, {
      method: 'PATCH',
      body: { data: { type: 'users', id: dev.id, attributes: { allAppsVisible: true } } },
    });
    expect(patched.status).toBe(200);
    expect(h.emulator.store.related('users', dev.id, 'visibleApps')).toEqual([]);
  });

  it('keeps the Account Holder role and the Account Holder', async () => {
    const owner = userNamed('owner@example.com');
    const patch = (roles: string[]) =>
      h.json(`/v1/users/${owner.id}`, {
        method: 'PATCH',
        body: { data: { type: 'users', id: owner.id, attributes: { roles } } },
      });
    expect((await patch(['ADMIN'])).status).toBe(409);
    expect((await patch(['ACCOUNT_HOLDER', 'FINANCE'])).status).toBe(200);
    expect((await h.json(`/v1/users/${owner.id}`, { method: 'DELETE' })).status).toBe(409);
    const dev = userNamed('dev@example.com');
    const devPatch = await h.json(`/v1/users/${dev.id}`, {
      method: 'PATCH',
      body: { data: { type: 'users', id: dev.id, attributes: { roles: ['ACCOUNT_HOLDER'] } } },
    });
    expect(devPatch.status).toBe(409);
  });
});

const salesQuery = (extra: Record<string, string>) =>
  '/v1/salesReports?' +
  new URLSearchParams({
    'filter[vendorNumber]': defaultVendorNumber,
    'filter[reportType]': 'SALES',
    'filter[reportSubType]': 'SUMMARY',
    'filter[frequency]': 'DAILY',
    ...extra,
  }).toString();

async function gzipText(
  path: string,
): Promise<{ status: number; type: string | null; text: string }> {
  const response = await h.api(path);
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: response.status === 200 ? gunzipSync(body).toString('utf8') : body.toString('utf8'),
  };
}

describe('sales and finance reports', () => {
  it('serves a daily sales summary as gzip TSV with Apple’s columns', async () => {
    const { status, type, text } = await gzipText(
      salesQuery({ 'filter[reportDate]': '2025-03-10' }),
    );
    expect(status).toBe(200);
    expect(type).toBe('application/a-gzip');
    const [header, first] = text.trimEnd().split('\n');
    expect(header!.split('\t')).toEqual(salesSummaryColumns);
    const row = first!.split('\t');
    expect(row[salesSummaryColumns.indexOf('Begin Date')]).toBe('03/10/2025');
    expect(row).toHaveLength(salesSummaryColumns.length);
    // The same report twice is the same bytes of text.
    expect((await gzipText(salesQuery({ 'filter[reportDate]': '2025-03-10' }))).text).toBe(text);
  });

  it('answers 404 for a day not processed yet, 400 for a malformed date, 403 for another vendor', async () => {
    const future = await gzipText(salesQuery({ 'filter[reportDate]': '2025-03-11' }));
    expect(future.status).toBe(404);
    expect(JSON.parse(future.text).errors[0].code).toBe('NOT_FOUND');
    const weekday = await gzipText(
      salesQuery({ 'filter[frequency]': 'WEEKLY', 'filter[reportDate]': '2025-03-05' }),
    );
    expect(weekday.status).toBe(400);
    const other = await gzipText(
      salesQuery({ 'filter[vendorNumber]': '1', 'filter[reportDate]': '2025-03-10' }),
    );
    expect(other.status).toBe(403);
    const monthly = await gzipText(
      salesQuery({ 'filter[frequency]': 'MONTHLY', 'filter[reportDate]': '2025-03' }),
    );
    expect(monthly.status).toBe(404);
  });

  it('refuses requests that Apple’s document refuses (missing required filter)', async () => {
    const response = await h.api(`/v1/salesReports?filter[vendorNumber]=${defaultVendorNumber}`);
    expect(response.status).toBe(400);
  });

  it('serves finance reports per region and FINANCE_DETAIL for Z1 only', async () => {
    const finance = (type: string, region: string, date = '2025-02') =>
      gzipText(
        '/v1/financeReports?' +
          new URLSearchParams({
            'filter[vendorNumber]': defaultVendorNumber,
            'filter[reportType]': type,
            'filter[regionCode]': region,
            'filter[reportDate]': date,
          }).toString(),
      );
    const eu = await finance('FINANCIAL', 'EU');
    expect(eu.status).toBe(200);
    expect(eu.text).toContain('\tEUR\t');
    expect(eu.text).not.toContain('\tUSD\t');
    expect(eu.text).toMatch(/\n\nTotal_Rows\t\d+\nTotal_Amount\t[\d.]+\nTotal_Units\t\d+\n$/);
    const detail = await finance('FINANCE_DETAIL', 'Z1');
    expect(detail.text.split('\n')[0]!.split('\t')).toEqual(financeDetailColumns);
    expect((await finance('FINANCE_DETAIL', 'US')).status).toBe(400);
    expect((await finance('FINANCIAL', 'ZZ', '2025-03')).status).toBe(404);
  });
});
