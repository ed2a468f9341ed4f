import sqlite3

import asyncpg
import psycopg
from sqlalchemy import text

KILN_TABLES = ("firing_log", "glaze_batches")
LEDGER_TABLE = "kiln_ledger_staging"
LEDGER_COLUMNS = ("kiln", "fired_on", "cone", "pieces")

READING_QUERIES = {
    "daily": (
        "SELECT date_trunc('day', taken_at) AS bucket, avg(temp) FROM kiln_readings "
        "WHERE kiln_code = '{kiln}' AND taken_at >= now() - interval '{days} days' GROUP BY bucket"
    ),
    "hourly": (
        "SELECT date_trunc('hour', taken_at) AS bucket, avg(temp) FROM kiln_readings "
        "WHERE kiln_code = '{kiln}' AND taken_at >= now() - interval '{days} days' GROUP BY bucket"
    ),
}

SORTABLE = {"fired": "fired_on", "kiln": "kiln"}


# --- quoted values concatenated into an IN list by a clause helper -------------------------------

def glaze_clause(glazes):
    if not glazes:
        return ""
    quoted = ", ".join("'" + g + "'" for g in glazes)
    # ruleid: sql-injection-formatted-query
    return " AND b.glaze IN (" + quoted + ")"


def glaze_clause_bound(glazes):
    if not glazes:
        return ""
    marks = ", ".join(["%s"] * len(glazes))
    # ok: sql-injection-formatted-query
    return " AND b.glaze IN (" + marks + ")"


# --- a clause formatted onto a statement the object holds, under any method name -----------------

class FiringReport:
    base = "SELECT kiln, fired_on, cone FROM firing_log WHERE fired_on >= %(since)s "

    def __init__(self, order_by="fired_on", descending=False):
        self.order_by = order_by
        self.direction = "DESC" if descending else "ASC"

    def render(self):
        # ruleid: sql-injection-formatted-query
        return self.base + "ORDER BY {} {}".format(self.order_by, self.direction)


class FiringReportChecked:
    base = "SELECT kiln, fired_on, cone FROM firing_log WHERE fired_on >= %(since)s "

    def __init__(self, sort="fired", descending=False):
        self.order_by = SORTABLE.get(sort, SORTABLE["fired"])
        self.direction = "DESC" if descending else "ASC"

    def render(self):
        # ok: sql-injection-formatted-query
        return self.base + "ORDER BY {} {}".format(self.order_by, self.direction)


def firing_report(conn, sort, since):
    conn.execute(FiringReport(order_by=sort).render(), {"since": since})
    conn.execute(FiringReportChecked(sort=sort).render(), {"since": since})


# --- a template looked up in a catalogue of statements, filled with .format -----------------------

async def kiln_series(pool, kiln_code, resolution="daily", days=30):
    template = READING_QUERIES.get(resolution, READING_QUERIES["daily"])
    sql = template.format(kiln=kiln_code, days=int(days))
    async with pool.acquire() as conn:
        # ruleid: sql-injection-formatted-query
        return await conn.fetch(sql)


async def kiln_series_days(pool, resolution="daily", days=30):
    template = READING_QUERIES.get(resolution, READING_QUERIES["daily"])
    sql = template.format(kiln="all", days=int(days))
    async with pool.acquire() as conn:
        # ok: sql-injection-formatted-query
        return await conn.fetch(sql)


# --- a name made from an allow-listed table and whole numbers ------------------------------------

def dated_name(table, year):
    return f"{table}_{year:04d}"


def archive_kiln_table(conn, table, year):
    if table not in KILN_TABLES:
        raise ValueError(table)
    target = dated_name(table, int(year))
    # ok: sql-injection-formatted-query
    conn.execute(f"CREATE TABLE IF NOT EXISTS {target} (LIKE {table} INCLUDING ALL)")


def archive_any_table(conn, table, year):
    target = dated_name(table, int(year))
    # ruleid: sql-injection-formatted-query
    conn.execute(f"CREATE TABLE IF NOT EXISTS {target} (LIKE firing_log INCLUDING ALL)")


# --- a parameter whose default is a constant, never passed by the module -------------------------

def _ledger_insert_sql(table: str = LEDGER_TABLE, columns=LEDGER_COLUMNS):
    marks = ", ".join(["?"] * len(columns))
    # ok: sql-injection-formatted-query
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def _staging_insert_sql(table: str = LEDGER_TABLE, columns=LEDGER_COLUMNS):
    marks = ", ".join(["?"] * len(columns))
    # ruleid: sql-injection-formatted-query
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def load_ledger(path, rows, target):
    conn = sqlite3.connect(path)
    conn.executemany(_ledger_insert_sql(), rows)
    conn.executemany(_staging_insert_sql(target), rows)
