import { platformWord } from '../../input-formats/device-identity.js';
import { markdownCell } from '../../report/pull-request-comment.js';
import type { SummarySection } from '../../report/step-summary.js';
import { describeUsage, type DeviceCapCheck } from './device-cap.js';
import type { DeviceSync } from './device-sync.js';

/** Everything a person reviewing a device change wants to see, for the PR comment and the summary. */
export interface DevicePlanReport {
  sync: DeviceSync;
  /** Where the devices came from: `devices.txt`, `the devices input`. */
  sources: string[];
  registeredCount: number;
  invalid: { source: string; problems: string }[];
  cap: DeviceCapCheck;
  profiles: { name: string; id: string; reason: string }[];
  state: 'planned' | 'applied';
}

interface Listing {
  /** `change`: a write of the plan (the summary's plan table lists those); `note`: for reading. */
  kind: 'change' | 'note';
  title: string;
  header: string[];
  rows: string[][];
}

function listings(report: DevicePlanReport): Listing[] {
  const { sync } = report;
  const platform = (p: string | null) =>
    p === 'IOS' || p === 'MAC_OS' ? platformWord(p) : (p ?? '');
  const all: Listing[] = [
    {
      kind: 'change',
      title: 'Devices to register',
      header: ['Name', 'UDID', 'Platform', 'From'],
      rows: sync.register.map((e) => [e.name, e.udid, platformWord(e.platform), e.source]),
    },
    {
      kind: 'change',
      title: 'Devices to re-enable',
      header: ['Name', 'UDID', 'Platform', 'Renamed to'],
      rows: sync.enable.map(({ device, newName }) => [
        device.name,
        device.udid,
        platform(device.platform),
        newName ?? '',
      ]),
    },
    {
      kind: 'change',
      title: 'Devices to rename',
      header: ['UDID', 'Registered name', 'New name'],
      rows: sync.rename.map(({ device, entry }) => [device.udid, device.name, entry.name]),
    },
    {
      kind: 'change',
      title: 'Devices to disable (not in the list)',
      header: ['Name', 'UDID', 'Platform'],
      rows: sync.disable.map((d) => [d.name, d.udid, platform(d.platform)]),
    },
    {
      kind: 'note',
      title: 'Names that differ, kept (set `rename: true` to rename)',
      header: ['UDID', 'Registered name', 'Name in the list'],
      rows: sync.namesKept.map(({ device, entry }) => [device.udid, device.name, entry.name]),
    },
    {
      kind: 'note',
      title: 'Profiles to regenerate',
      header: ['Profile', 'ID', 'Why'],
      rows: report.profiles.map((p) => [p.name, p.id, p.reason]),
    },
  ];
  return all.filter((listing) => listing.rows.length > 0);
}

function headline(report: DevicePlanReport): string {
  const { sync } = report;
  const counts = [
    `${sync.register.length} to register`,
    `${sync.enable.length} to re-enable`,
    `${sync.rename.length} to rename`,
    `${sync.disable.length} to disable`,
    `${sync.unchanged.length + sync.namesKept.length} already registered`,
  ].join(', ');
  const plural = report.registeredCount === 1 ? '' : 's';
  return `${counts}; the team has ${report.registeredCount} registered device${plural}.`;
}

function capLines(cap: DeviceCapCheck): string[] {
  const lines: string[] = [];
  for (const f of cap.exceeded) lines.push(`Over Apple's device limit: ${describeUsage(f)}.`);
  if (cap.unknownDoNotFit) {
    lines.push(`The ${cap.unknown} new iOS devices do not fit in any family's remaining places.`);
  }
  for (const f of cap.atRisk) {
    lines.push(
      `May exceed Apple's device limit if the new devices are ${f.family}s: ${describeUsage(f)}.`,
    );
  }
  return lines;
}

function stateLine(report: DevicePlanReport): string {
  const changes = listings(report).some((l) => l.kind === 'change') || report.profiles.length > 0;
  if (!changes && report.invalid.length === 0)
    return 'Nothing to change: every device is registered as listed.';
  return report.state === 'applied'
    ? 'These changes were applied.'
    : 'Planned only: nothing has been changed in App Store Connect. Merging applies this plan.';
}

/** The pull request comment (Markdown). */
export function devicePlanMarkdown(report: DevicePlanReport): string {
  const parts: string[] = [
    '### App Store Connect devices: plan',
    '',
    `From ${report.sources.map((s) => `**${markdownCell(s)}**`).join(' and ')}: ${headline(report)}`,
    '',
    stateLine(report),
  ];
  if (report.invalid.length > 0) {
    parts.push('', '#### ❌ Invalid lines (fix these: the check fails until they are fixed)', '');
    for (const { source, problems } of report.invalid) {
      parts.push(`- **${markdownCell(source)}**: ${markdownCell(problems)}`);
    }
  }
  const cap = capLines(report.cap);
  if (cap.length > 0) parts.push('', ...cap.map((line) => `> ⚠️ ${markdownCell(line)}`));
  for (const listing of listings(report)) {
    parts.push('', `#### ${listing.title} (${listing.rows.length})`, '');
    parts.push(
      `| ${listing.header.join(' | ')} |`,
      `|${listing.header.map(() => ' --- |').join('')}`,
    );
    for (const row of listing.rows) parts.push(`| ${row.map(markdownCell).join(' | ')} |`);
  }
  return parts.join('\n') + '\n';
}

/** Step-summary sections: counts, invalid lines, the limit and the notes (the plan table is apart). */
export function devicePlanSections(report: DevicePlanReport): SummarySection[] {
  const sections: SummarySection[] = [
    {
      heading: 'Devices',
      lines: [`From ${report.sources.join(' and ')}: ${headline(report)}`, stateLine(report)],
    },
  ];
  if (report.invalid.length > 0) {
    sections.push({
      heading: 'Invalid lines',
      lines: report.invalid.map(({ source, problems }) => `${source}: ${problems}`),
    });
  }
  sections.push({
    heading: "Apple's device limit (per product family, per membership year)",
    lines: capLines(report.cap),
    table: {
      header: ['Family', 'Registered', 'New', 'New, family unknown', 'Limit'],
      rows: report.cap.families
        .filter((f) => f.used + f.adding + f.unknown > 0)
        .map((f) => [
          f.family,
          String(f.used),
          String(f.adding),
          String(f.unknown),
          String(f.limit),
        ]),
    },
  });
  for (const listing of listings(report).filter((l) => l.kind === 'note')) {
    const { header, rows } = listing;
    sections.push({ heading: `${listing.title} (${rows.length})`, table: { header, rows } });
  }
  return sections;
}
