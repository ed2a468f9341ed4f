"""Write path for orders arriving from sales-rep tablets.

Each region has its own staging table so nightly ERP imports can run per
region; the table is chosen from the rep's region code.
"""
from psycopg import sql
from psycopg.types.json import Jsonb

from brushworks.db import pool

STAGING_TABLES = {
    "north": "rep_orders_north",
    "south": "rep_orders_south",
    "export": "rep_orders_export",
}

UPSERT = sql.SQL(
    "INSERT INTO {table} (client_ref, rep_id, customer_no, payload, received_at) "
    "VALUES (%s, %s, %s, %s, now()) "
    "ON CONFLICT (client_ref) DO UPDATE SET payload = EXCLUDED.payload, received_at = now()"
)


class UnknownRegion(LookupError):
    pass


def staging_table(region: str) -> sql.Identifier:
    try:
        return sql.Identifier("staging", STAGING_TABLES[region])
    except KeyError:
        raise UnknownRegion(region) from None


def upsert_orders(region: str, rep_id: int, orders: list[dict]) -> int:
    statement = UPSERT.format(table=staging_table(region))
    rows = [(o["client_ref"], rep_id, o["customer_no"], Jsonb(o)) for o in orders]
    with pool.connection() as conn, conn.cursor() as cur:
        cur.executemany(statement, rows)
        return cur.rowcount


def pending_count(region: str) -> int:
    statement = sql.SQL("SELECT count(*) FROM {table} WHERE imported_at IS NULL").format(
        table=staging_table(region)
    )
    with pool.connection() as conn:
        return conn.execute(statement).fetchone()[0]
