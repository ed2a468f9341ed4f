import sqlite3

import psycopg2
from flask import request

SHIPMENTS_SQL = """
    SELECT s.code, s.shipped_on, s.weight_kg
    FROM shipments s
    WHERE s.depot_id = %(depot)s
    ORDER BY {order}
"""

ARCHIVE_TABLES = {
    "gate_events": 60,
    "scale_readings": 365,
}

PURGE_PLAN = {
    "gate_events": ("logged_at", 60),
    "scale_readings": ("weighed_at", 365),
}

EXPORT_COLUMNS = ("code", "shipped_on", "weight_kg")


# --- a clause helper that concatenates a quoted value -------------------------------------------

class ShipmentFilters:
    def depot_clause(self, req) -> str:
        depot = req.args.get("depot", "")
        if not depot:
            return ""
        # ruleid: sql-injection-formatted-query
        return " AND s.depot = '" + depot + "'"

    def carrier_clause(self, carrier: str) -> str:
        # the LIKE pattern concatenated around the caller's term
        # ruleid: sql-injection-formatted-query
        return "lower(s.carrier) LIKE '%" + carrier.lower() + "%'"

    def status_clause(self) -> str:
        # only fixed text: the placeholder is bound by the caller
        # ok: sql-injection-formatted-query
        return " AND s.status = '" + "open" + "'"


# --- a template kept on a class, its ORDER BY filled from the caller ----------------------------

class ShipmentBook:
    template = (
        "SELECT code, shipped_on, weight_kg "
        "FROM shipments {where} ORDER BY {order} {direction}"
    )

    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def listing(self, opts):
        where = "WHERE depot = ?" if opts.depot else ""
        sql = self.template.format(where=where, order=opts.sort, direction="DESC")
        # ruleid: sql-injection-formatted-query
        return self.conn.execute(sql, [opts.depot] if opts.depot else []).fetchall()

    def mapped_listing(self, opts):
        where = "WHERE depot = ?" if opts.depot else ""
        # (a column the options object mapped the key to, not the key as it came)
        sql = self.template.format(where=where, order=opts.column, direction="DESC")
        # ok: sql-injection-formatted-query
        return self.conn.execute(sql, [opts.depot] if opts.depot else []).fetchall()


# --- an UPPER_CASE statement constant filled by a method of any name -----------------------------

class ShipmentQuery:
    def __init__(self, depot: int, sort: str = "shipped_on", direction: str = "asc"):
        self.depot = depot
        self.order = f"s.{sort} {direction}"

    def render(self) -> str:
        # ruleid: sql-injection-formatted-query
        return SHIPMENTS_SQL.format(order=self.order)

    def render_fixed(self) -> str:
        # ok: sql-injection-formatted-query
        return SHIPMENTS_SQL.format(order="s.shipped_on DESC")

    def label(self) -> str:
        # (not SQL: a caption)
        # ok: sql-injection-formatted-query
        return "Shipments for depot {}".format(self.depot)


# --- a helper called from a loop over the items of an UPPER_CASE constant ------------------------

def purge_table(conn, table: str, days: int) -> int:
    # ok: sql-injection-formatted-query
    cur = conn.execute(f"DELETE FROM {table} WHERE created_at < date('now', ?)", (f"-{days} days",))
    return cur.rowcount


def purge_all(conn) -> dict:
    removed = {}
    with conn:
        for table, days in ARCHIVE_TABLES.items():
            removed[table] = purge_table(conn, table, days)
    return removed


def drop_rows(conn, table: str) -> None:
    # called with a table the request names
    # ruleid: sql-injection-formatted-query
    conn.execute(f"DELETE FROM {table}")


def drop_requested(conn) -> None:
    for table, _ in request.args.items():
        drop_rows(conn, table)


# --- a pair unpacked in the loop's target ---------------------------------------------------------

def purge_plan(cur) -> None:
    for table, (column, days) in PURGE_PLAN.items():
        # ok: sql-injection-formatted-query
        cur.execute(f"DELETE FROM {table} WHERE {column} < now() - %s * interval '1 day'", (days,))


def purge_requested(cur, plan: dict) -> None:
    for table, (column, days) in plan.items():
        # ruleid: sql-injection-formatted-query
        cur.execute(f"DELETE FROM {table} WHERE {column} < now() - %s * interval '1 day'", (days,))


# --- a comprehension over an UPPER_CASE constant --------------------------------------------------

def export_rows(dsn: str, depot: int):
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        # ok: sql-injection-formatted-query
        cur.execute(f"SELECT {', '.join('s.' + c for c in EXPORT_COLUMNS)} FROM shipments s WHERE s.depot_id = %s", (depot,))
        return cur.fetchall()


def export_requested(dsn: str, depot: int):
    columns = request.args.getlist("col")
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        # ruleid: sql-injection-formatted-query
        cur.execute(f"SELECT {', '.join('s.' + c for c in columns)} FROM shipments s WHERE s.depot_id = %s", (depot,))
        return cur.fetchall()
