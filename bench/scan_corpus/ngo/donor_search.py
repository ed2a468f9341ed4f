"""Search backing the donor list screen in the CRM."""
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

PAGE_SIZE = 50

BASE_QUERY = """
    SELECT d.id, d.first_name, d.last_name, d.email, d.postcode, d.lifetime_total
    FROM donors d
    WHERE {where}
    ORDER BY d.last_name, d.first_name
    LIMIT :limit OFFSET :offset
"""


@dataclass
class DonorFilters:
    name: str | None = None
    postcode: str | None = None
    min_total: float | None = None
    gift_aid_only: bool = False
    page: int = 1


def _where_clause(f: DonorFilters) -> tuple[str, dict[str, Any]]:
    clauses = ["d.deleted_at IS NULL"]
    params: dict[str, Any] = {}
    if f.name:
        name = f.name.strip()
        clauses.append(f"(d.first_name ILIKE '%{name}%' OR d.last_name ILIKE '%{name}%')")
    if f.postcode:
        clauses.append("d.postcode ILIKE :postcode")
        params["postcode"] = f.postcode.replace(" ", "").upper() + "%"
    if f.min_total is not None:
        clauses.append("d.lifetime_total >= :min_total")
        params["min_total"] = f.min_total
    if f.gift_aid_only:
        clauses.append("d.gift_aid_declared IS TRUE")
    return " AND ".join(clauses), params


def search_donors(conn: Connection, filters: DonorFilters) -> list[dict]:
    where, params = _where_clause(filters)
    params.update(limit=PAGE_SIZE, offset=(max(filters.page, 1) - 1) * PAGE_SIZE)
    rows = conn.execute(text(BASE_QUERY.format(where=where)), params)
    return [dict(r._mapping) for r in rows]
