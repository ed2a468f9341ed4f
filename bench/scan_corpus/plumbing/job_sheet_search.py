"""Search over engineer job sheets for the office dashboard."""

from dataclasses import dataclass
from datetime import date

import psycopg2.extras

from office.db import pool


@dataclass
class JobSheetFilter:
    engineer_id: int | None = None
    postcode_prefix: str | None = None
    status: str | None = None
    since: date | None = None


def _where_clause(f: JobSheetFilter) -> str:
    parts = ["1=1"]
    if f.engineer_id is not None:
        parts.append(f"js.engineer_id = {int(f.engineer_id)}")
    if f.postcode_prefix:
        parts.append(f"c.postcode LIKE '{f.postcode_prefix.upper()}%'")
    if f.status:
        parts.append(f"js.status = '{f.status}'")
    if f.since:
        parts.append(f"js.visit_date >= '{f.since.isoformat()}'")
    return " AND ".join(parts)


def _build_query(f: JobSheetFilter, limit: int) -> str:
    return (
        "SELECT js.id, js.job_ref, js.visit_date, js.status, c.name, c.postcode "
        "FROM job_sheets js JOIN customers c ON c.id = js.customer_id "
        f"WHERE {_where_clause(f)} ORDER BY js.visit_date DESC LIMIT {int(limit)}"
    )


def search_job_sheets(f: JobSheetFilter, limit: int = 100) -> list[dict]:
    sql = _build_query(f, limit)
    conn = pool.getconn()
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return list(cur.fetchall())
    finally:
        pool.putconn(conn)
