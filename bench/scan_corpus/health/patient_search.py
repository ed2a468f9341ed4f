"""Patient search used by the clinician portal's find-a-patient box."""
from datetime import date
from typing import Any

import psycopg2.extras

MAX_RESULTS = 50


def _build_search_sql(filters: dict[str, Any]) -> str:
    clauses = ["p.active"]
    if filters.get("dob"):
        clauses.append("p.birth_date = %(dob)s")
    if filters.get("facility_id"):
        clauses.append("e.facility_id = %(facility_id)s")
    if filters.get("last_name"):
        clauses.append(f"lower(p.last_name) = lower('{filters['last_name']}')")
    where = " AND ".join(clauses)
    return (
        "SELECT DISTINCT p.id, p.mrn, p.first_name, p.last_name, p.birth_date "
        "FROM patients p LEFT JOIN encounters e ON e.patient_id = p.id "
        f"WHERE {where} ORDER BY p.last_name, p.first_name LIMIT {MAX_RESULTS}"
    )


def search_patients(conn, last_name: str | None = None, dob: date | None = None,
                    facility_id: int | None = None) -> list[dict[str, Any]]:
    filters = {"last_name": last_name, "dob": dob, "facility_id": facility_id}
    sql = _build_search_sql(filters)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, filters)
        return [dict(row) for row in cur.fetchall()]
