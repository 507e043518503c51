import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { once } from '../../server/idempotency.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { canEditLogEntry, canMarkPromise, type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database, LogRow } from '../../storage/tables.ts';
import { findLogDefault, listDomains } from '../couple/store.ts';
import { checkEntry, decodeCursor, encodeCursor } from './rules.ts';
import {
  CreateEntryBody,
  Deleted,
  EntryList,
  EntryParams,
  ListQuery,
  LogEntry,
  PromiseStateBody,
  UpdateEntryBody,
} from './schema.ts';
import * as store from './store.ts';

type Entry = Static<typeof LogEntry>;
const tags = ['log'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Shapes rows for a viewer. A repair's link is shown only when the viewer may see the conflict. */
async function present(db: Kysely<Database>, viewer: PartnerViewer, rows: LogRow[]): Promise<Entry[]> {
  const links = await store.visibleIds(db, viewer, [
    ...new Set(rows.map((r) => r.repair_of).filter((x): x is string => x !== null)),
  ]);
  return rows.map((r) => ({
    id: r.id,
    authorId: r.author_id,
    mine: r.author_id === viewer.userId,
    kind: r.kind,
    date: r.date,
    text: r.text,
    domains: JSON.parse(r.domains) as string[],
    intensity: r.intensity === null ? null : Number(r.intensity),
    visibility: r.visibility,
    repairOf: r.repair_of !== null && links.has(r.repair_of) ? r.repair_of : null,
    promiseDue: r.promise_due,
    promiseState: r.promise_state,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

async function checkAgainstCouple(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  entry: Parameters<typeof checkEntry>[0],
): Promise<void> {
  // Most entries name no domain; only those that do need the couple's list.
  const domains = entry.domains.length > 0 ? await listDomains(db, viewer.couple.id) : [];
  checkEntry(entry, {
    today: localDate(viewer.couple.timeZone),
    domainIds: new Set(domains.map((d) => d.id)),
  });
  if (entry.repairOf !== null) {
    const conflict = await store.findVisibleEntry(db, viewer, entry.repairOf);
    if (conflict?.kind !== 'conflict')
      throw invalid(
        'repairOf',
        'That conflict was not found. Pick one from your log.',
        phrase('refuse.conflictGone'),
      );
  }
}

export async function logRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/log',
    {
      schema: {
        tags,
        summary: 'List log entries, newest first',
        querystring: ListQuery,
        response: { 200: EntryList, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const q = request.query;
      const limit = q.limit ?? 50;
      const rows = await store.listEntries(db, viewer, {
        kinds: q.kind,
        domain: q.domain,
        author: q.author,
        from: q.from,
        to: q.to,
        text: q.q,
        after: q.cursor ? decodeCursor(q.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        entries: await present(db, viewer, page),
        nextCursor: rows.length > limit && last ? encodeCursor(last.date, last.id) : null,
      };
    },
  );

  app.post(
    '/api/log',
    {
      schema: {
        tags,
        summary: 'Add a log entry (send Idempotency-Key to retry safely)',
        body: CreateEntryBody,
        response: { 201: LogEntry, ...errors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const entry = {
        kind: b.kind,
        date: b.date,
        text: b.text,
        domains: b.domains ?? [],
        intensity: b.intensity ?? null,
        // Shared unless the couple chose private as their start, or the author says otherwise.
        visibility: b.visibility ?? (await findLogDefault(db, viewer)),
        repairOf: b.repairOf ?? null,
        promiseDue: b.promiseDue ?? null,
      };
      await checkAgainstCouple(db, viewer, entry);
      return once(db, request, reply, viewer.userId, 201, async (trx) => {
        const row = await store.insertEntry(trx, viewer, entry);
        return (await present(trx, viewer, [row]))[0]!;
      });
    },
  );

  app.get(
    '/api/log/:id',
    {
      schema: { tags, summary: 'One log entry', params: EntryParams, response: { 200: LogEntry, ...errors } },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findVisibleEntry(db, viewer, request.params.id);
      if (!row) throw notFound('That entry');
      return (await present(db, viewer, [row]))[0]!;
    },
  );

  app.patch(
    '/api/log/:id',
    {
      schema: {
        tags,
        summary: 'Edit your own log entry',
        params: EntryParams,
        body: UpdateEntryBody,
        response: { 200: LogEntry, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findVisibleEntry(db, viewer, request.params.id);
      if (!row) throw notFound('That entry');
      if (!canEditLogEntry(viewer, row))
        throw new AppError('forbidden', 'Only the partner who wrote an entry can change it.');
      const b = request.body;
      const kind = b.kind ?? row.kind;
      const merged = {
        kind,
        date: b.date ?? row.date,
        domains: b.domains ?? (JSON.parse(row.domains) as string[]),
        repairOf: b.repairOf !== undefined ? b.repairOf : kind === 'repair' ? row.repair_of : null,
        promiseDue: b.promiseDue !== undefined ? b.promiseDue : kind === 'promise' ? row.promise_due : null,
      };
      if (merged.repairOf === request.params.id) throw invalid('repairOf', 'An entry can’t repair itself.');
      await checkAgainstCouple(db, viewer, merged);
      await store.updateEntry(db, viewer, row.id, {
        kind,
        date: merged.date,
        text: b.text ?? row.text,
        domains: JSON.stringify(merged.domains),
        intensity: b.intensity !== undefined ? b.intensity : row.intensity,
        visibility: b.visibility ?? row.visibility,
        repair_of: merged.repairOf,
        promise_due: merged.promiseDue,
        promise_state: kind === 'promise' ? (row.promise_state ?? 'open') : null,
      });
      const updated = await store.findVisibleEntry(db, viewer, row.id);
      return (await present(db, viewer, [updated!]))[0]!;
    },
  );

  app.post(
    '/api/log/:id/promise',
    {
      schema: {
        tags,
        summary: 'Mark a promise kept, broken or open again',
        params: EntryParams,
        body: PromiseStateBody,
        response: { 200: LogEntry, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findVisibleEntry(db, viewer, request.params.id);
      if (!row) throw notFound('That entry');
      if (!canMarkPromise(viewer, row)) throw invalid('id', 'Only a promise can be marked kept or broken.');
      await store.setPromiseState(db, viewer, row.id, request.body.state);
      const updated = await store.findVisibleEntry(db, viewer, row.id);
      return (await present(db, viewer, [updated!]))[0]!;
    },
  );

  app.delete(
    '/api/log/:id',
    {
      schema: {
        tags,
        summary: 'Delete your own entry (can be undone for 10 minutes)',
        params: EntryParams,
        response: { 200: Deleted, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findVisibleEntry(db, viewer, request.params.id);
      if (!row) throw notFound('That entry');
      if (!canEditLogEntry(viewer, row))
        throw new AppError('forbidden', 'Only the partner who wrote an entry can delete it.');
      await store.purgeDeletedEntries(db, viewer.couple.id);
      const undoUntil = await store.softDeleteEntry(db, viewer, row.id);
      return { id: row.id, undoUntil };
    },
  );

  app.post(
    '/api/log/:id/restore',
    {
      schema: { tags, summary: 'Undo a delete', params: EntryParams, response: { 200: LogEntry, ...errors } },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findRestorableEntry(db, viewer, request.params.id);
      if (!row) throw notFound('That deleted entry');
      await store.restoreEntry(db, viewer, row.id);
      return (await present(db, viewer, [{ ...row, deleted_at: null }]))[0]!;
    },
  );
}
