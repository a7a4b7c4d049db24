import { defineOperation } from '../operation.js';
import { readTeam, type TeamMember } from '../shared/resolve-users.js';
import { readRoles } from '../shared/user-roles.js';

/** The summary table shows this many people; `result` always has them all. */
const summaryRowLimit = 200;

export interface ListedMember extends Omit<TeamMember, 'visibleAppIds'> {
  /** Bundle IDs (app IDs where the bundle ID is unknown); empty when all apps are visible. */
  visibleApps: string[];
  visibleAppIds: string[];
}

export const listUsers = defineOperation({
  name: 'list-users',
  parse: (inputs) => ({ roles: readRoles(inputs, 'roles', false) ?? [] }),
  async run({ client, log }, inputs) {
    const team = await readTeam(client, { roles: inputs.roles });
    const list = (members: TeamMember[]): ListedMember[] =>
      members
        .map((member) => ({
          ...member,
          visibleApps: member.visibleAppIds.map((id) => team.appLabels.get(id) ?? id),
        }))
        .sort((a, b) => a.email.localeCompare(b.email));
    const users = list(team.users);
    const invitations = list(team.invitations);
    const scope = inputs.roles.length > 0 ? ` with role ${inputs.roles.join(' or ')}` : '';
    log.info(`${users.length} user(s) and ${invitations.length} pending invitation(s)${scope}`);

    const rows = [...users, ...invitations]
      .slice(0, summaryRowLimit)
      .map((member) => [
        member.email,
        `${member.firstName} ${member.lastName}`.trim(),
        member.roles.join(', '),
        member.allAppsVisible ? 'all apps' : member.visibleApps.join(', '),
        member.kind === 'user'
          ? 'user'
          : `invited (until ${member.expirationDate?.slice(0, 10) ?? '?'})`,
      ]);
    return {
      result: {
        roles: inputs.roles,
        users,
        invitations,
        userCount: users.length,
        invitationCount: invitations.length,
      },
      outputs: {
        'user-count': users.length,
        'invitation-count': invitations.length,
        'user-ids': users.map((user) => user.id),
        emails: [...users, ...invitations].map((member) => member.email),
      },
      summary: {
        title: `Team members${scope}`,
        sections: [
          {
            lines: [
              `${users.length} users and ${invitations.length} pending invitations${
                users.length + invitations.length > rows.length
                  ? `; the first ${rows.length} are shown`
                  : ''
              }.`,
            ],
            table: { header: ['Email', 'Name', 'Roles', 'Apps', 'State'], rows },
          },
        ],
      },
    };
  },
});
