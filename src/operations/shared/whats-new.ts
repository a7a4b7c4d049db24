import type { AscClient } from '../../asc/client.js';
import type {
  BetaBuildLocalization,
  BetaBuildLocalizationCreateRequest,
  BetaBuildLocalizationUpdateRequest,
} from '../../asc/generated/app-store-connect.js';
import type { ListDocument, SingleDocument } from '../../asc/json-api.js';
import { toQueryString } from '../../asc/query.js';
import { InputError } from '../../input-error.js';
import type { InputReader } from '../../input-reader.js';
import {
  appleTextMaxBytes,
  describeRemoved,
  removeRefusedCharacters,
  utf8Bytes,
} from './apple-text.js';
import { whatsNewFromGit } from './git-log.js';
import type { PlannedChange } from './plan.js';
import { describeBuild, type ResolvedBuild } from './resolve-build.js';

/** The What to Test text of one locale. */
export interface WhatsNew {
  text: string;
  locale: string;
  /** Said in the log when the run starts (what was removed from the text). */
  warnings: string[];
  /** Said in the log as information (where the text came from). */
  notes?: string[];
}

const localePattern = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;

/** Line endings normalised and trailing blanks dropped, so a file and Apple's copy compare equal. */
export function normalizeWhatsNew(text: string): string {
  return text.replace(/\r\n?/g, '\n').trimEnd();
}

/**
 * Reads `whats-new`, `whats-new-file` or `whats-new-from-git` (one of them) and `whats-new-locale`;
 * undefined when none. Git is read here, with the inputs: it is local and quick, and a bad
 * `whats-new-since` is refused by name before any request.
 */
export function parseWhatsNew(inputs: InputReader): WhatsNew | undefined {
  const text = inputs.optional('whats-new');
  const file = inputs.optional('whats-new-file');
  const locale = inputs.optional('whats-new-locale') ?? 'en-US';
  if (!localePattern.test(locale)) {
    throw new InputError(
      'whats-new-locale',
      `'${locale}' is not a locale code like en-US, de-DE, fr or zh-Hans`,
    );
  }
  if (text !== undefined && file !== undefined) {
    throw new InputError('whats-new-file', 'give either whats-new or whats-new-file, not both');
  }
  const fromGit = inputs.boolean('whats-new-from-git', false);
  const since = inputs.optional('whats-new-since');
  if (fromGit) {
    if (text !== undefined || file !== undefined) {
      throw new InputError(
        'whats-new-from-git',
        `give either ${text !== undefined ? 'whats-new' : 'whats-new-file'} or whats-new-from-git: true, not both`,
      );
    }
    const git = whatsNewFromGit({
      cwd: inputs.env.GITHUB_WORKSPACE || process.cwd(),
      ...(since !== undefined ? { since } : {}),
      env: inputs.env,
    });
    return {
      text: normalizeWhatsNew(git.text),
      locale,
      warnings: git.warnings,
      notes: [`What to Test from git: ${git.commits} commit(s) since ${git.since}, newest first.`],
    };
  }
  if (since !== undefined) {
    throw new InputError('whats-new-since', 'it is read only with whats-new-from-git: true');
  }
  if (text === undefined && file === undefined) return undefined;
  const source = file ?? 'whats-new';
  const content = normalizeWhatsNew(
    file !== undefined ? (inputs.file('whats-new-file')?.content ?? '') : (text ?? ''),
  );
  const input = file !== undefined ? 'whats-new-file' : 'whats-new';
  if (content === '') throw new InputError(input, `${source} holds no text`);
  return checkAppleText(input, content, locale);
}

/**
 * The text as Apple will take it: emoji and `<` removed with a warning (Apple refuses the whole
 * text for them); more than Apple's 4000 bytes refused by name, before anything is sent.
 */
export function checkAppleText(input: string, content: string, locale: string): WhatsNew {
  const { text, removed } = removeRefusedCharacters(content);
  const bytes = utf8Bytes(text);
  if (bytes > appleTextMaxBytes) {
    throw new InputError(
      input,
      `the text is ${bytes} bytes long in UTF-8; Apple allows at most ${appleTextMaxBytes} bytes`,
    );
  }
  const warnings = removed.length > 0 ? [describeRemoved(input, removed)] : [];
  return { text: normalizeWhatsNew(text), locale, warnings };
}

export type WhatsNewState = 'unchanged' | 'create' | 'update';

export interface WhatsNewPlan {
  state: WhatsNewState;
  locale: string;
  change?: PlannedChange;
}

/** Finds the localization of `locale` (created by an earlier attempt whose answer was lost). */
export async function findLocalization(
  client: AscClient,
  buildId: string,
  locale: string,
): Promise<BetaBuildLocalization | undefined> {
  const document = await client.get<ListDocument<BetaBuildLocalization>>(
    `/v1/betaBuildLocalizations${toQueryString({
      filter: { build: buildId, locale },
      fields: { betaBuildLocalizations: ['locale', 'whatsNew'] },
      limit: 10,
    })}`,
  );
  return document.data.find((localization) => localization.attributes?.locale === locale);
}

/** Plans creating or updating the What to Test text; nothing when it already reads so. */
export function planWhatsNew(
  client: AscClient,
  build: ResolvedBuild,
  whatsNew: WhatsNew,
): WhatsNewPlan {
  const { locale, text } = whatsNew;
  const existing = build.localizations.find((l) => l.attributes?.locale === locale);
  const target = `What to Test (${locale}) of build ${describeBuild(build)}`;
  const detail = `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
  if (existing) {
    if (normalizeWhatsNew(existing.attributes?.whatsNew ?? '') === text) {
      return { state: 'unchanged', locale };
    }
    const body: BetaBuildLocalizationUpdateRequest = {
      data: { type: 'betaBuildLocalizations', id: existing.id, attributes: { whatsNew: text } },
    };
    return {
      state: 'update',
      locale,
      change: {
        kind: 'update',
        target,
        detail,
        apply: async () => {
          await client.patch(`/v1/betaBuildLocalizations/${existing.id}`, body);
        },
      },
    };
  }
  const body: BetaBuildLocalizationCreateRequest = {
    data: {
      type: 'betaBuildLocalizations',
      attributes: { locale, whatsNew: text },
      relationships: { build: { data: { type: 'builds', id: build.id } } },
    },
  };
  return {
    state: 'create',
    locale,
    change: {
      kind: 'create',
      target,
      detail,
      apply: async () => {
        await client.post<SingleDocument<BetaBuildLocalization>>(
          '/v1/betaBuildLocalizations',
          body,
          {
            recover: async () => {
              // Only the text asked for counts as done; another text stays a conflict.
              const found = await findLocalization(client, build.id, locale);
              return found?.attributes?.whatsNew === text ? { data: found } : undefined;
            },
          },
        );
      },
    },
  };
}
