"""Earnings and payout queries for the maker dashboard.

Shows a maker their sales, commission income and pending payouts over a
date range.  All values supplied by the request are passed as bind
parameters to SQLAlchemy ``text()`` statements.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

EARNINGS_SQL = text(
    "SELECT source, SUM(amount_pence) AS total, COUNT(*) AS items "
    "FROM maker_ledger "
    "WHERE maker_id = :maker_id AND booked_on BETWEEN :start AND :end "
    "AND source IN :sources "
    "GROUP BY source ORDER BY source"
).bindparams(bindparam("sources", expanding=True))

PENDING_SQL = text(
    "SELECT id, amount_pence, scheduled_for FROM payouts "
    "WHERE maker_id = :maker_id AND state = 'pending' ORDER BY scheduled_for"
)


@dataclass(frozen=True)
class EarningsLine:
    source: str
    total_pence: int
    items: int


class MakerEarnings:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def summary(self, maker_id: int, start: date, end: date,
                sources: list[str] | None = None) -> list[EarningsLine]:
        params = {
            "maker_id": maker_id,
            "start": start,
            "end": end,
            "sources": sources or ["pattern_sale", "commission", "class_fee"],
        }
        with self._engine.connect() as conn:
            rows = conn.execute(EARNINGS_SQL, params).all()
        return [EarningsLine(r.source, int(r.total), int(r.items)) for r in rows]

    def pending_payouts(self, maker_id: int) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(PENDING_SQL, {"maker_id": maker_id}).mappings().all()
        return [dict(r) for r in rows]


def dashboard_summary(repo: MakerEarnings, maker_id: int, args: dict) -> list[dict]:
    start = date.fromisoformat(args.get("start", date.today().replace(day=1).isoformat()))
    end = date.fromisoformat(args.get("end", date.today().isoformat()))
    sources = [s for s in args.get("sources", "").split(",") if s] or None
    return [line.__dict__ for line in repo.summary(maker_id, start, end, sources)]
