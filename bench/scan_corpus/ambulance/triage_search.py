"""Search over 999 call triage records for the clinical audit team.

Auditors filter calls by triage category, determinant code and date range to
pull samples for the monthly clinical review.
"""
from datetime import date

import psycopg
from psycopg.rows import dict_row

BASE_QUERY = """
    SELECT call_id, received_at, category, determinant, chief_complaint, outcome
    FROM triage_calls
"""


def build_search_sql(category: str | None, determinant: str | None, since: date, until: date) -> str:
    clauses = [f"received_at >= '{since.isoformat()}'", f"received_at < '{until.isoformat()}'"]
    if category:
        clauses.append(f"category = '{category}'")
    if determinant:
        clauses.append(f"determinant LIKE '{determinant}%'")
    return BASE_QUERY + " WHERE " + " AND ".join(clauses) + " ORDER BY received_at"


class TriageRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def search(self, category=None, determinant=None, *, since: date, until: date, limit: int = 500):
        sql = build_search_sql(category, determinant, since, until)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(sql + " LIMIT %s", (limit,))
                return cur.fetchall()

    def count_by_category(self, since: date, until: date) -> dict:
        with psycopg.connect(self._dsn) as conn:
            rows = conn.execute(
                "SELECT category, count(*) FROM triage_calls"
                " WHERE received_at >= %s AND received_at < %s GROUP BY category",
                (since, until),
            ).fetchall()
        return dict(rows)
