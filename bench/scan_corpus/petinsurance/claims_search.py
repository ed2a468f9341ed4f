"""Back-office claim search used by the adjuster dashboard."""
from dataclasses import dataclass
from typing import Any

import psycopg2.extras


@dataclass
class ClaimFilter:
    status: str | None = None
    clinic_name: str | None = None
    min_amount_cents: int | None = None
    limit: int = 50


def _build_query(f: ClaimFilter) -> tuple[str, list[Any]]:
    clauses = ["1=1"]
    params: list[Any] = []
    if f.status:
        clauses.append("c.status = %s")
        params.append(f.status)
    if f.clinic_name:
        clauses.append(f"v.name ILIKE '%%{f.clinic_name}%%'")
    if f.min_amount_cents is not None:
        clauses.append("c.amount_cents >= %s")
        params.append(f.min_amount_cents)
    sql = (
        "SELECT c.id, c.policy_id, c.status, c.amount_cents, v.name AS clinic "
        "FROM claims c JOIN vet_clinics v ON v.id = c.clinic_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY c.submitted_at DESC LIMIT %s"
    )
    params.append(min(int(f.limit), 500))
    return sql, params


def search_claims(conn, f: ClaimFilter) -> list[dict]:
    sql, params = _build_query(f)
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]
