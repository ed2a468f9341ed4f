"""Trade account lookups for the regional sales dashboards."""
from dataclasses import dataclass
from decimal import Decimal
from typing import List, Sequence

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

router = APIRouter(prefix="/sales")


@dataclass
class TradeAccountRow:
    id: int
    name: str
    region_code: str
    credit_limit: Decimal
    open_balance: Decimal


class RegionalAccountsRepo:
    def __init__(self, conn: Connection):
        self.conn = conn

    def accounts_in_regions(self, region_codes: Sequence[str], status: str = "active") -> List[TradeAccountRow]:
        if not region_codes:
            return []
        in_list = ", ".join(f"'{code}'" for code in region_codes)
        stmt = text(f"SELECT id, name, region_code, credit_limit, open_balance FROM trade_accounts WHERE region_code IN ({in_list}) AND status = :status ORDER BY name")
        result = self.conn.execute(stmt, {"status": status})
        return [TradeAccountRow(*row) for row in result]

    def over_limit(self, region_codes: Sequence[str]) -> List[TradeAccountRow]:
        return [a for a in self.accounts_in_regions(region_codes) if a.open_balance > a.credit_limit]


@router.get("/accounts")
def list_accounts(
    region: List[str] = Query(default=[]),
    conn: Connection = Depends(get_connection),
):
    repo = RegionalAccountsRepo(conn)
    return [
        {
            "id": a.id,
            "name": a.name,
            "region": a.region_code,
            "credit_limit": str(a.credit_limit),
            "open_balance": str(a.open_balance),
        }
        for a in repo.accounts_in_regions(region)
    ]


@router.get("/accounts/over-limit")
def accounts_over_limit(
    region: List[str] = Query(default=[]),
    conn: Connection = Depends(get_connection),
):
    return [{"id": a.id, "name": a.name} for a in RegionalAccountsRepo(conn).over_limit(region)]
