"""Query helpers for the bed-management board."""
from typing import Iterable, List, Optional

import psycopg2.extras

BASE_QUERY = """
    SELECT b.bed_id, b.ward_code, b.status, a.patient_mrn, a.admitted_at
    FROM beds b
    LEFT JOIN admissions a ON a.bed_id = b.bed_id AND a.discharged_at IS NULL
"""


def _where(ward: Optional[str], statuses: Iterable[str]) -> str:
    clauses = []
    if ward:
        clauses.append("b.ward_code = '%s'" % ward)
    status_list = [s for s in statuses if s in {"free", "occupied", "cleaning", "blocked"}]
    if status_list:
        clauses.append("b.status IN (%s)" % ", ".join(f"'{s}'" for s in status_list))
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def bed_board(conn, ward: Optional[str] = None, statuses: Iterable[str] = ()) -> List[dict]:
    sql = BASE_QUERY + _where(ward, statuses) + " ORDER BY b.ward_code, b.bed_id"
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql)
        return list(cur.fetchall())
