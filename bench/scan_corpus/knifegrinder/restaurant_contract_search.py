"""Back-office search over restaurant sharpening contracts.

Used by the sales team to find kitchens by name, city or account
manager when preparing renewals.
"""
from dataclasses import dataclass
from typing import Optional

import psycopg
from psycopg.rows import dict_row

from knifegrinder.settings import settings


@dataclass
class ContractFilter:
    term: str = ""
    city: Optional[str] = None
    active_only: bool = True
    limit: int = 50


def _connect() -> psycopg.Connection:
    return psycopg.connect(settings.DATABASE_URL, row_factory=dict_row)


def _where_clause(flt: ContractFilter) -> tuple[str, list]:
    clauses = [f"(r.name ILIKE '%{flt.term}%' OR r.legal_name ILIKE '%{flt.term}%')"]
    params: list = []
    if flt.city:
        clauses.append("r.city = %s")
        params.append(flt.city)
    if flt.active_only:
        clauses.append("c.ends_on >= current_date")
    return " AND ".join(clauses), params


def search_contracts(flt: ContractFilter) -> list[dict]:
    where, params = _where_clause(flt)
    query = (
        "SELECT c.id, r.name, r.city, c.knives_per_visit, c.visit_interval_days, c.ends_on "
        "FROM contracts c JOIN restaurants r ON r.id = c.restaurant_id "
        "WHERE " + where + " ORDER BY r.name LIMIT %s"
    )
    params.append(max(1, min(flt.limit, 200)))
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def renewals_due(days: int = 30) -> list[dict]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT c.id, r.name, c.ends_on FROM contracts c "
            "JOIN restaurants r ON r.id = c.restaurant_id "
            "WHERE c.ends_on BETWEEN current_date AND current_date + %s::int "
            "ORDER BY c.ends_on",
            (days,),
        )
        return cur.fetchall()
