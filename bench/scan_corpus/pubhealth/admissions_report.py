"""Admissions report queries used by the bed manager's daily export."""
from datetime import date
from typing import List

SORT_COLUMNS = {
    "admitted": "a.admitted_at",
    "ward": "b.ward_code",
    "los": "length_of_stay",
}


def _build(sort: str) -> str:
    column = SORT_COLUMNS.get(sort, "a.admitted_at")
    return (
        "SELECT a.admission_id, b.ward_code, a.admitted_at, "
        "COALESCE(a.discharged_at, now()) - a.admitted_at AS length_of_stay "
        "FROM admissions a JOIN beds b ON b.bed_id = a.bed_id "
        "WHERE a.admitted_at >= %s AND a.admitted_at < %s AND b.ward_code = ANY(%s) "
        f"ORDER BY {column}"
    )


def admissions(conn, start: date, end: date, wards: List[str], sort: str = "admitted") -> list:
    sql = _build(sort)
    with conn.cursor() as cur:
        cur.execute(sql, (start, end, list(wards)))
        return cur.fetchall()
