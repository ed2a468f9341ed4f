"""Club account ledger queries (invoices, payments, credit notes)."""
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Sequence

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .deps import get_engine, require_accounts_staff


@dataclass
class LedgerLine:
    club_code: str
    entry_date: date
    kind: str
    reference: str
    amount_pence: int


class ClubLedgerRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def balances(self, club_codes: Sequence[str]) -> dict[str, int]:
        in_list = ", ".join(f"'{code}'" for code in club_codes)
        stmt = text(
            "SELECT club_code, SUM(CASE WHEN kind = 'invoice' THEN amount_pence ELSE -amount_pence END) AS balance "
            f"FROM club_ledger WHERE club_code IN ({in_list}) GROUP BY club_code"
        )
        with self.engine.connect() as conn:
            return {row.club_code: int(row.balance) for row in conn.execute(stmt)}

    def statement(self, club_code: str, since: date) -> list[LedgerLine]:
        stmt = text(
            "SELECT club_code, entry_date, kind, reference, amount_pence FROM club_ledger "
            "WHERE club_code = :code AND entry_date >= :since ORDER BY entry_date, id"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(stmt, {"code": club_code, "since": since})
            return [LedgerLine(*row) for row in rows]


def overdue_report(repo: ClubLedgerRepository, requested: Iterable[str], limit_pence: int) -> list[dict]:
    codes = sorted({c.strip().upper() for c in requested if c.strip()})
    if not codes:
        return []
    balances = repo.balances(codes)
    owing = [(c, b) for c, b in balances.items() if b > limit_pence]
    return [{"club": c, "balance_pence": b} for c, b in sorted(owing, key=lambda cb: -cb[1])]


router = APIRouter(prefix="/accounts")


@router.get("/clubs/overdue")
def overdue(
    clubs: str = Query(..., description="comma separated club codes"),
    limit_pence: int = 0,
    engine: Engine = Depends(get_engine),
    staff=Depends(require_accounts_staff),
):
    return overdue_report(ClubLedgerRepository(engine), clubs.split(","), limit_pence)
