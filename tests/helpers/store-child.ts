/**
 * A separate process that opens (and so migrates) a store, as a `mailshield worker`
 * starting beside others does: `node --import tsx tests/helpers/store-child.ts '<target>'`
 * with the StoreTarget as JSON. Prints the migrations the store has, as JSON.
 */
import { sql } from 'kysely';
import { openDb, type StoreTarget } from '../../src/store/db.js';

const target = JSON.parse(process.argv[2] ?? '{}') as StoreTarget;
const db = await openDb(target);
const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
  db,
);
process.stdout.write(`${JSON.stringify(rows.rows.map((r) => r.name))}\n`);
await db.destroy();
