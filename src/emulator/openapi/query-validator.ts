import { appleErrors, errorAnswer, type ErrorAnswer } from '../apple-errors.js';
import type { HttpMethod, OperationObject, ParameterObject } from './openapi-document.js';

/** Apple's paging cursor: not declared by the document, accepted on every paged GET. */
export const CURSOR_PARAMETER = 'cursor';

type ValueKind = 'list' | 'integer' | 'boolean' | 'string';

interface QueryParameterRule {
  name: string;
  required: boolean;
  kind: ValueKind;
  allowed?: readonly string[];
  minimum?: number;
  maximum?: number;
}

/** The query rules of one operation, compiled once from its declared parameters. */
export class QueryRules {
  private readonly rules = new Map<string, QueryParameterRule>();
  private readonly required: string[] = [];
  private readonly acceptsCursor: boolean;

  constructor(method: HttpMethod, operation: OperationObject) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'query') continue;
      const rule = compileRule(parameter);
      this.rules.set(rule.name, rule);
      if (rule.required) this.required.push(rule.name);
    }
    this.acceptsCursor = method === 'GET' && this.rules.has('limit');
  }

  validate(query: URLSearchParams): ErrorAnswer | undefined {
    const seen = new Set<string>();
    for (const [name, value] of query) {
      if (seen.has(name)) {
        return appleErrors.invalidParameter(
          name,
          `The parameter '${name}' can only be given once; pass several values as a comma-separated list`,
        );
      }
      seen.add(name);
      if (name === CURSOR_PARAMETER && this.acceptsCursor) {
        if (value === '')
          return appleErrors.invalidParameter(name, `'' is not a valid value for '${name}'`);
        continue;
      }
      const rule = this.rules.get(name);
      if (!rule) return appleErrors.invalidParameter(name, unknownParameterDetail(name));
      const problem = checkValue(rule, value);
      if (problem) return appleErrors.invalidParameter(name, problem);
    }
    const missing = this.required.find((name) => !seen.has(name));
    if (missing) {
      return errorAnswer(
        400,
        'PARAMETER_ERROR.REQUIRED',
        'A required parameter is missing.',
        `The parameter '${missing}' is required for this request`,
        { parameter: missing },
      );
    }
    return undefined;
  }
}

function compileRule(parameter: ParameterObject): QueryParameterRule {
  const { schema } = parameter;
  const base = { name: parameter.name, required: parameter.required === true };
  const enumOf = (values: unknown[] | undefined) => values?.map(String);
  switch (schema.type) {
    case 'array':
      return { ...base, kind: 'list', allowed: enumOf(schema.items?.enum) };
    case 'integer':
      return {
        ...base,
        kind: 'integer',
        minimum: schema.minimum ?? (isLimit(parameter.name) ? 1 : undefined),
        maximum: schema.maximum,
      };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    default:
      return { ...base, kind: 'string', allowed: enumOf(schema.enum) };
  }
}

function isLimit(name: string): boolean {
  return name === 'limit' || name.startsWith('limit[');
}

/** Apple names the unknown part: the filter, the fields type or the whole parameter. */
function unknownParameterDetail(name: string): string {
  const family = /^(filter|fields|limit)\[(.*)\]$/.exec(name);
  if (family?.[1] === 'filter') return `'${family[2]}' is not a valid filter type`;
  if (family?.[1] === 'fields') return `'${family[2]}' is not a valid field type`;
  if (family?.[1] === 'limit') return `'${family[2]}' is not a valid relationship for a limit`;
  return `'${name}' is not a valid query parameter`;
}

function checkValue(rule: QueryParameterRule, value: string): string | undefined {
  switch (rule.kind) {
    case 'list':
      for (const item of value.split(',')) {
        const problem = checkOne(rule, item);
        if (problem) return problem;
      }
      return undefined;
    case 'integer':
      return checkInteger(rule, value);
    case 'boolean':
      return value === 'true' || value === 'false'
        ? undefined
        : `'${value}' is not a valid value for '${rule.name}'. Expected one of: 'true', 'false'`;
    case 'string':
      return checkOne(rule, value);
  }
}

function checkOne(rule: QueryParameterRule, item: string): string | undefined {
  if (item === '') return `'${rule.name}' requires a value and empty list items are not allowed`;
  if (rule.allowed && !rule.allowed.includes(item)) {
    const expected = rule.allowed.map((allowed) => `'${allowed}'`).join(', ');
    return `'${item}' is not a valid value for '${rule.name}'. Expected one of: ${expected}`;
  }
  return undefined;
}

function checkInteger(rule: QueryParameterRule, value: string): string | undefined {
  const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number)) return `'${value}' is not a valid integer for '${rule.name}'`;
  if (rule.minimum !== undefined && number < rule.minimum) {
    return `'${value}' is not a valid value for '${rule.name}'. The minimum allowed is ${rule.minimum}`;
  }
  if (rule.maximum !== undefined && number > rule.maximum) {
    return `'${value}' is not a valid value for '${rule.name}'. The maximum allowed is ${rule.maximum}`;
  }
  return undefined;
}
