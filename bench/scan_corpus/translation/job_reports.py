"""Reporting queries for the PM dashboard (jobs per vendor, late deliveries)."""
from datetime import date

import psycopg2
from psycopg2 import sql

SORTABLE_COLUMNS = {
    "due": "due_date",
    "words": "weighted_words",
    "vendor": "vendor_name",
    "status": "status",
}


def build_jobs_query(sort: str, descending: bool) -> sql.Composed:
    column = SORTABLE_COLUMNS.get(sort, "due_date")
    direction = sql.SQL("DESC" if descending else "ASC")
    return sql.SQL(
        "SELECT job_code, vendor_name, source_lang, target_lang, weighted_words, due_date, status "
        "FROM v_job_overview "
        "WHERE client_id = %(client_id)s AND due_date BETWEEN %(start)s AND %(end)s "
        "ORDER BY {column} {direction} LIMIT %(limit)s"
    ).format(column=sql.Identifier(column), direction=direction)


def jobs_for_client(conn, client_id: int, start: date, end: date,
                    sort: str = "due", descending: bool = False, limit: int = 200) -> list[tuple]:
    query = build_jobs_query(sort, descending)
    with conn.cursor() as cur:
        cur.execute(query, {"client_id": client_id, "start": start, "end": end,
                            "limit": min(limit, 1000)})
        return cur.fetchall()


def connect(dsn: str):
    return psycopg2.connect(dsn, application_name="pm-dashboard-reports")
