import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { IMPORT_CODES } from '../../import/messages.ts';
import { hasErrors, parseImport, summarizePreview } from '../../import/preview.ts';
import { MAX_IMPORT_BYTES } from '../../import/types.ts';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { Phrases, phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { commitImport } from './import.ts';

const Problem = Type.Object(
  {
    line: Type.Integer(),
    text: Type.String(),
    message: Type.String({ description: 'In English, for the command line; see code and params.' }),
    code: Type.Enum(IMPORT_CODES),
    params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  },
  { additionalProperties: false },
);
const Kinds = ['conflict', 'repair', 'promise', 'appreciation', 'gesture', 'life_event', 'note'] as const;
export const ImportSummary = Type.Object(
  {
    format: Type.String(),
    entries: Type.Integer(),
    byKind: Type.Object(Object.fromEntries(Kinds.map((k) => [k, Type.Integer()])), {
      additionalProperties: false,
    }),
    promiseStates: Type.Object(
      { kept: Type.Integer(), broken: Type.Integer(), open: Type.Integer() },
      { additionalProperties: false },
    ),
    checkins: Type.Integer(),
    habits: Type.Integer(),
    checkoffs: Type.Integer(),
    firstDate: Type.Union([Type.String(), Type.Null()]),
    lastDate: Type.Union([Type.String(), Type.Null()]),
    dateOrder: Type.String(),
    dateOrderReason: Type.String({ description: 'In English, for the command line; see dateOrderPhrases.' }),
    dateOrderPhrases: Phrases,
    needsDateOrder: Type.Boolean(),
    problems: Type.Array(Problem),
    warnings: Type.Array(Problem),
  },
  { additionalProperties: false },
);
const ImportBody = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    // No maxLength: the route's bodyLimit bounds it, and the parser explains the 50 MB limit.
    content: Type.String({ description: 'The file, base64-encoded.' }),
    dateOrder: Type.Optional(Type.Union([Type.Literal('month-first'), Type.Literal('day-first')])),
    visibility: Type.Optional(
      Type.Union([Type.Literal('shared'), Type.Literal('private')], {
        description: 'For entries the file does not mark; private unless asked.',
      }),
    ),
  },
  { additionalProperties: false },
);
const ImportResult = Type.Object(
  {
    created: Type.Integer(),
    duplicates: Type.Integer(),
    domainsCreated: Type.Array(Type.String()),
    habits: Type.Object(
      { created: Type.Integer(), checkoffs: Type.Integer() },
      { additionalProperties: false },
    ),
    notImported: Type.Object(
      { checkins: Type.Integer(), habits: Type.Integer(), reason: Type.Union([Type.String(), Type.Null()]) },
      { additionalProperties: false },
    ),
    summary: ImportSummary,
  },
  { additionalProperties: false },
);

const tags = ['log'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody };
// Only these two routes take large bodies: a 50 MB file is about 67 MB as base64.
const bodyLimit = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;

function decode(content: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content))
    throw invalid(
      'content',
      'The file did not arrive intact (it is not base64). Please choose it again.',
      phrase('refuse.fileBroken'),
    );
  return Buffer.from(content, 'base64');
}

export async function importRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.post(
    '/api/log/import/preview',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Preview an import: what the file holds and every problem, changing nothing',
        body: ImportBody,
        response: { 200: ImportSummary, ...errors },
      },
    },
    async (request) => {
      requirePartner(request.viewer);
      const b = request.body;
      return summarizePreview(
        parseImport(decode(b.content), b.fileName, b.dateOrder ? { dateOrder: b.dateOrder } : {}),
      );
    },
  );

  app.post(
    '/api/log/import',
    {
      bodyLimit,
      schema: {
        tags,
        summary: 'Import a file into your log, all or nothing; re-importing adds no duplicates',
        body: ImportBody,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const preview = parseImport(
        decode(b.content),
        b.fileName,
        b.dateOrder ? { dateOrder: b.dateOrder } : {},
      );
      const summary = summarizePreview(preview);
      if (hasErrors(preview)) {
        const first = summary.problems[0]!;
        throw invalid(
          'content',
          `Nothing was imported: the file has ${summary.problems.length} problem(s). The first, on line ${first.line}: ${first.message}`,
          phrase('refuse.importProblems', { count: summary.problems.length, line: first.line }),
        );
      }
      const result = await db
        .transaction()
        .execute((trx) =>
          commitImport(
            trx,
            { coupleId: viewer.couple.id, authorId: viewer.userId, visibility: b.visibility ?? 'private' },
            preview,
          ),
        );
      return { ...result, summary };
    },
  );
}
