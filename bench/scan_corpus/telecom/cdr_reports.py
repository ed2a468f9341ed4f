"""Per-subscriber usage reports across the voice, SMS and data CDR tables."""
from datetime import date
from typing import Any

import psycopg2
import psycopg2.extras
from psycopg2 import sql

CDR_TABLES = {
    "voice": ("cdr_voice", "duration_s"),
    "sms": ("cdr_sms", "segments"),
    "data": ("cdr_data", "bytes_total"),
}


def _report_query(kind: str) -> sql.Composed:
    table, measure = CDR_TABLES[kind]
    return sql.SQL(
        "SELECT date_trunc('day', event_start) AS day, count(*) AS events, sum({measure}) AS total "
        "FROM {table} WHERE msisdn = %s AND event_start >= %s AND event_start < %s "
        "GROUP BY 1 ORDER BY 1"
    ).format(table=sql.Identifier(table), measure=sql.Identifier(measure))


def usage_report(dsn: str, kind: str, msisdn: str, start: date, end: date) -> list[dict[str, Any]]:
    if kind not in CDR_TABLES:
        raise ValueError(f"unknown CDR kind {kind!r}")
    query = _report_query(kind)
    with psycopg2.connect(dsn) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(query, (msisdn, start, end))
            return [dict(row) for row in cur.fetchall()]
