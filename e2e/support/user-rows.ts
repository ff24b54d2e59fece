// A user's rows in every table, read straight from PostgreSQL (e2e runs on PGlite cannot: the
// server holds that folder). Tables are found from the database, so a new table is counted too.
import postgres from 'postgres';

export type UserRows = {
  userId(email: string): Promise<string>;
  /** Rows per table owned by the user (`user_id`, or `id` in users). */
  count(userId: string): Promise<Record<string, number>>;
  /** Every row of the user, as text, to compare before and after. */
  snapshot(userId: string): Promise<Record<string, string>>;
  /** Accounts in the database, whoever they belong to (sign-up makes new ones). */
  /** Accounts whose email is one of these strings (a junk sign-up must not create one). */
  usersWithEmailIn(strings: string[]): Promise<number>;
  end(): Promise<void>;
};

export function userRowsOnPostgres(): UserRows | null {
  const url = process.env.DATABASE_URL;
  if (process.env.E2E_DATABASE !== 'postgres' || !url) return null;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let tables: Promise<{ table: string; column: string }[]> | undefined;
  const owned = () =>
    (tables ??= sql<{ table: string; column: string }[]>`
      select table_name as table, column_name as column from information_schema.columns
      where table_schema = current_schema() and (column_name = 'user_id' or (table_name = 'users' and column_name = 'id'))
      order by table_name`.then((rows) => [...rows]));
  return {
    async userId(email) {
      const [row] = await sql<{ id: string }[]>`select id from users where email = ${email.toLowerCase()}`;
      if (!row) throw new Error(`No user ${email}`);
      return row.id;
    },
    async count(userId) {
      const out: Record<string, number> = {};
      for (const { table, column } of await owned()) {
        const [row] = await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where ${sql(column)} = ${userId}`;
        out[table] = row!.n;
      }
      return out;
    },
    async snapshot(userId) {
      const out: Record<string, string> = {};
      for (const { table, column } of await owned()) {
        const rows = await sql`select * from ${sql(table)} where ${sql(column)} = ${userId}`;
        out[table] = rows.map((r) => JSON.stringify(r)).sort().join('\n');
      }
      return out;
    },
    async usersWithEmailIn(strings) {
      // No email holds a NUL (PostgreSQL text cannot either).
      const emails = strings.filter((s) => s.length <= 320 && !s.includes('\u0000')).map((s) => s.trim().toLowerCase());
      if (!emails.length) return 0;
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from users where lower(email) in ${sql(emails)}`;
      return row!.n;
    },
    end: () => sql.end(),
  };
}
