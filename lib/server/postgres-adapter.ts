import { PrismaPg } from "@prisma/adapter-pg";

/** The key of the advisory lock that every write transaction holds ("gulf"). */
const WRITE_LOCK = 0x67756c66;

/**
 * Prisma's pg adapter with one write transaction at a time, as on SQLite. Every write here
 * reads, checks (a record's version, an import's basis, a rate limit's count) and then writes;
 * under PostgreSQL's default READ COMMITTED two such transactions in two processes could both
 * pass the check and one would overwrite the other unseen. Each transaction therefore first
 * takes a transaction-scoped advisory lock: the next one waits at BEGIN (counted in Prisma's
 * maxWait, like SQLite's single writer), and every statement after it sees the committed data.
 * Reads outside transactions never wait.
 */
export class SerializedPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      try {
        await tx.executeRaw({ sql: `SELECT pg_advisory_xact_lock(${WRITE_LOCK})`, args: [], argTypes: [] });
      } catch (error) {
        await tx.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => {});
        await tx.rollback();
        throw error;
      }
      return tx;
    };
    return adapter;
  }
}
