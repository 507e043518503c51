import { describe, expect, it } from 'vitest';
import { makeCouple, useApp } from '../support/app.ts';

describe('the OpenAPI document', () => {
  const { app } = useApp('sqlite');

  it('is OpenAPI 3.1 and describes every operation with a summary, its request and its responses', async () => {
    const res = await app().inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const problems: string[] = [];
    for (const [path, ops] of Object.entries(
      doc.paths as Record<string, Record<string, Record<string, unknown>>>,
    )) {
      for (const [method, op] of Object.entries(ops)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (typeof op.summary !== 'string' || op.summary.length < 5) problems.push(`${name}: no summary`);
        const responses = (op.responses ?? {}) as Record<
          string,
          { content?: Record<string, { schema?: unknown }> }
        >;
        const ok = Object.entries(responses).find(([status]) => status.startsWith('2'));
        if (!ok) problems.push(`${name}: no success response`);
        else if (!Object.values(ok[1].content ?? {}).some((c) => c.schema))
          problems.push(`${name}: success response has no schema`);
        if (
          !responses['401'] &&
          !path.startsWith('/api/account/') &&
          path !== '/api/health' &&
          !path.includes('{token}')
        ) {
          problems.push(`${name}: the 401 answer is not described`);
        }
        for (const param of path.match(/\{(\w+)\}/g) ?? []) {
          const declared = ((op.parameters ?? []) as Array<{ name: string; in: string }>).some(
            (p) => p.in === 'path' && `{${p.name}}` === param,
          );
          if (!declared) problems.push(`${name}: path parameter ${param} not described`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers a path parameter longer than the router’s default limit with a 400 naming it', async () => {
    const { a } = await makeCouple(app());
    const long = await a.patch(`/api/pace/${'x'.repeat(400)}`, { maxActive: 2 });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.field).toBe('domain');
    const id = await a.get(`/api/log/${'x'.repeat(101)}`);
    expect(id.statusCode).toBe(400);
    expect(id.json().error.field).toBe('id');
  });
});
