"""Arrears worklist for the recovery team.

Officers filter the worklist by band, minimum balance and ward from the
recovery dashboard; results feed the reminder and summons batches.
"""
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

BASE_SQL = """
SELECT a.account_ref, a.band, a.balance, w.ward_name, a.last_payment_on
FROM ctax_accounts a
JOIN wards w ON w.ward_id = a.ward_id
WHERE {where}
ORDER BY a.balance DESC
LIMIT :limit
"""


@dataclass
class ArrearsFilter:
    band: str | None = None
    min_balance: Decimal | None = None
    ward: str | None = None
    limit: int = 200


def _where_clause(f: ArrearsFilter) -> tuple[str, dict]:
    clauses = ["a.closed_on IS NULL", "a.balance > 0"]
    params: dict = {"limit": min(f.limit, 1000)}
    if f.band:
        clauses.append("a.band = :band")
        params["band"] = f.band.upper()
    if f.min_balance is not None:
        clauses.append("a.balance >= :min_balance")
        params["min_balance"] = f.min_balance
    if f.ward:
        clauses.append(f"w.ward_name = '{f.ward}'")
    return " AND ".join(clauses), params


def fetch_worklist(session: Session, f: ArrearsFilter) -> list[dict]:
    where, params = _where_clause(f)
    result = session.execute(text(BASE_SQL.format(where=where)), params)
    return [dict(row._mapping) for row in result]
