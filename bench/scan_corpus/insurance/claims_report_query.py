"""Query builder for the open-claims report in the handler workbench.

Sort column and direction come from the report UI and are mapped through
a fixed table; all filter values are bound parameters.
"""
from dataclasses import dataclass
from datetime import date

BASE_QUERY = """
    SELECT c.reference, c.status, c.reported_at, c.reserve_pence, p.policy_number
    FROM claims c
    JOIN policies p ON p.id = c.policy_id
"""

SORT_COLUMNS = {
    "reported": "c.reported_at",
    "reserve": "c.reserve_pence",
    "reference": "c.reference",
}


@dataclass
class ReportFilters:
    status: str | None = None
    reported_from: date | None = None
    surname: str | None = None
    sort: str = "reported"
    descending: bool = True


def build_report(filters: ReportFilters, limit: int = 200) -> tuple[str, list]:
    clauses, params = [], []
    if filters.status:
        clauses.append("c.status = %s")
        params.append(filters.status)
    if filters.reported_from:
        clauses.append("c.reported_at >= %s")
        params.append(filters.reported_from)
    if filters.surname:
        clauses.append("p.holder_surname ILIKE %s")
        params.append(f"%{filters.surname}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    column = SORT_COLUMNS.get(filters.sort, SORT_COLUMNS["reported"])
    direction = "DESC" if filters.descending else "ASC"
    sql = f"{BASE_QUERY}{where} ORDER BY {column} {direction} LIMIT %s"
    return sql, params + [limit]


def run_report(conn, filters: ReportFilters) -> list[tuple]:
    sql, params = build_report(filters)
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
