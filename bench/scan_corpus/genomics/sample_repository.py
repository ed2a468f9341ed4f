"""Read side of the sample tracking database used by the intake dashboard."""
from __future__ import annotations

from datetime import date

import psycopg2.extras


def _filter_sql(site: str | None) -> str:
    sql = (
        "SELECT accession, patient_mrn, test_code, status, collection_site, received_at "
        "FROM samples WHERE deleted_at IS NULL"
    )
    if site:
        sql += " AND collection_site = '" + site + "'"
    return sql + " AND received_at >= %s ORDER BY received_at DESC LIMIT 500"


class SampleRepository:
    def __init__(self, conn):
        self._conn = conn

    def _cursor(self):
        return self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)

    def by_accession(self, accession: str) -> dict | None:
        with self._cursor() as cur:
            cur.execute(
                "SELECT accession, patient_mrn, test_code, status, collection_site, received_at "
                "FROM samples WHERE accession = %s AND deleted_at IS NULL",
                (accession,),
            )
            return cur.fetchone()

    def recent(self, received_after: date, site: str | None = None) -> list[dict]:
        with self._cursor() as cur:
            cur.execute(_filter_sql(site), (received_after,))
            return cur.fetchall()

    def status_counts(self, received_after: date) -> dict[str, int]:
        with self._cursor() as cur:
            cur.execute(
                "SELECT status, count(*) AS n FROM samples "
                "WHERE received_at >= %s AND deleted_at IS NULL GROUP BY status",
                (received_after,),
            )
            return {row["status"]: row["n"] for row in cur.fetchall()}
