"""Back-office search over wholesale accounts and their open department-store orders."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/admin/wholesale")


@dataclass
class AccountFilter:
    store: str | None = None
    region: str | None = None
    only_open: bool = True

    def clauses(self) -> list[str]:
        parts = []
        if self.store:
            parts.append(f"a.store_name ILIKE '%{self.store}%'")
        if self.region:
            parts.append("a.region = :region")
        if self.only_open:
            parts.append("o.status IN ('placed', 'in_production')")
        return parts

    def params(self) -> dict:
        return {"region": self.region} if self.region else {}


BASE_QUERY = """
SELECT a.id, a.store_name, a.region, COUNT(o.id) AS open_orders
FROM wholesale_accounts a
LEFT JOIN wholesale_orders o ON o.account_id = a.id
"""


def build_statement(flt: AccountFilter):
    where = flt.clauses()
    sql = BASE_QUERY
    if where:
        sql += "WHERE " + " AND ".join(where) + "\n"
    sql += "GROUP BY a.id, a.store_name, a.region ORDER BY a.store_name"
    return text(sql)


@router.get("/accounts")
def search_accounts(
    store: str | None = Query(default=None, max_length=80),
    region: str | None = None,
    only_open: bool = True,
    session: Session = Depends(get_session),
):
    flt = AccountFilter(store=store, region=region, only_open=only_open)
    rows = session.execute(build_statement(flt), flt.params()).mappings().all()
    return [dict(r) for r in rows]
