# Runner methods that execute the statement as a with's context; % templates returned by a
# builder; names a helper checks itself; dates made from numbers; loops over constant triples.
import sqlite3
from datetime import date

import aiosqlite
import psycopg


class BatchRepository:
    def __init__(self, path):
        self.path = path

    async def _rows(self, sql, params=()):
        async with aiosqlite.connect(self.path) as db:
            async with db.execute(sql, params) as cur:
                return await cur.fetchall()

    async def by_batch(self, batch_no):
        sql = "SELECT * FROM batches WHERE batch_no = '%s'" % (batch_no,)
        # ruleid: sql-injection-formatted-query
        return await self._rows(sql)

    async def by_line(self, line_no):
        sql = "SELECT * FROM batches WHERE line_no = ?"
        # ok: sql-injection-formatted-query
        return await self._rows(sql, (line_no,))


class PalletStore:
    def __init__(self, conn):
        self.conn = conn

    def _all(self, sql, params=()):
        with self.conn.execute(sql, params) as cur:
            return cur.fetchall()

    def by_bay(self, bay):
        sql = f"SELECT * FROM pallets WHERE bay = '{bay}'"
        # ruleid: sql-injection-formatted-query
        return self._all(sql)

    def by_row(self, row):
        sql = "SELECT * FROM pallets WHERE row_code = %s"
        # ok: sql-injection-formatted-query
        return self._all(sql, (row,))


RESTOCK_TEMPLATE = "UPDATE shelf SET qty = qty + %d WHERE sku = '%s' AND aisle = '%s'"
TRIM_TEMPLATE = "DELETE FROM shelf_log WHERE id < %d"


def _restock_statement(item) -> str:
    # ruleid: sql-injection-formatted-query
    return RESTOCK_TEMPLATE % (item.qty, item.sku, item.aisle)


def _trim_statement(keep) -> str:
    # ok: sql-injection-formatted-query
    return TRIM_TEMPLATE % int(keep)


def restock(conn: sqlite3.Connection, items, keep):
    for item in items:
        conn.execute(_restock_statement(item))
    conn.execute(_trim_statement(keep))


ARCHIVED_TABLES = ("meter_reads", "valve_events")


def archive_table(table: str, year: int) -> str:
    if table not in ARCHIVED_TABLES:
        raise ValueError(table)
    return f"{table}_y{year}"


def shard_table(table: str, year: int) -> str:
    return f"{table}_y{year}"


def vacuum_archives(conn: psycopg.Connection, year: int, table: str) -> None:
    name = archive_table(table, year)
    # ok: sql-injection-formatted-query
    conn.execute(f"VACUUM ANALYZE {name}")
    # ok: sql-injection-formatted-query
    conn.execute(f"TRUNCATE {archive_table(table, year - 1)}")
    # ruleid: sql-injection-formatted-query
    conn.execute(f"VACUUM ANALYZE {shard_table(table, year)}")


def open_year(conn: psycopg.Connection, year: int, since: str) -> None:
    first = date(year, 1, 1)
    # ok: sql-injection-formatted-query
    conn.execute(f"DELETE FROM meter_reads_staging WHERE read_on < '{first.isoformat()}'")
    # ruleid: sql-injection-formatted-query
    conn.execute(f"DELETE FROM meter_reads_staging WHERE read_on < '{since}'")


EXPIRY = (
    ("meter_reads", "read_at", 365),
    ("valve_events", "logged_at", 90),
)


def expire_rows(conn: sqlite3.Connection, table: str, column: str, days: int) -> int:
    # ok: sql-injection-formatted-query
    return conn.execute(f"DELETE FROM {table} WHERE {column} < date('now', ?)", (f"-{days} days",)).rowcount


def expire_all(conn: sqlite3.Connection) -> None:
    for table, column, days in EXPIRY:
        expire_rows(conn, table, column, days)


def drop_rows(conn: sqlite3.Connection, table: str, column: str, days: int) -> int:
    # ruleid: sql-injection-formatted-query
    return conn.execute(f"DELETE FROM {table} WHERE {column} < date('now', ?)", (f"-{days} days",)).rowcount


def drop_all(conn: sqlite3.Connection, plan) -> None:
    for table, column, days in plan:
        drop_rows(conn, table, column, days)
