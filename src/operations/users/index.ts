import type { AnyOperation } from '../operation.js';
import { inviteUser } from './invite-user.js';
import { listUsers } from './list-users.js';
import { removeUser } from './remove-user.js';
import { syncUsers } from './sync-users.js';
import { updateUser } from './update-user.js';

export const operations: AnyOperation[] = [
  inviteUser,
  updateUser,
  removeUser,
  listUsers,
  syncUsers,
];
