import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_PATH } from '../../scripts/gen-api-types.ts';

describe('web/src/api/schema.d.ts', () => {
  it('matches the server’s OpenAPI document', async () => {
    const fresh = await generateApiTypes();
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    // A plain boolean first, so a stale file fails with the fix rather than a 3,000-line diff.
    expect(committed === fresh, 'web/src/api/schema.d.ts is stale: run npm run gen:api').toBe(true);
  });
});
