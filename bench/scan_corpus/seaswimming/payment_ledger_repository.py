"""Treasurer queries over membership payments using SQLAlchemy Core."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

PAYMENTS_FOR_MEMBER = text(
    "SELECT p.paid_on, p.amount_pence, p.method, p.reference "
    "FROM membership_payments p JOIN members m ON m.id = p.member_id "
    "WHERE m.email = :email AND p.season = :season "
    "ORDER BY p.paid_on"
)

SEASON_TOTALS = text(
    "SELECT p.method, COUNT(*) AS n, SUM(p.amount_pence) AS total_pence "
    "FROM membership_payments p WHERE p.season = :season GROUP BY p.method"
)


@dataclass(frozen=True)
class Payment:
    paid_on: date
    amount_pence: int
    method: str
    reference: str


class PaymentLedger:
    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self._engine = engine or create_engine(url or "postgresql+psycopg:///seaswim")

    def payments_for(self, email: str, season: int) -> list[Payment]:
        with self._engine.connect() as conn:
            result = conn.execute(PAYMENTS_FOR_MEMBER, {"email": email.strip().lower(), "season": season})
            return [Payment(*row) for row in result]

    def season_totals(self, season: int) -> dict[str, tuple[int, int]]:
        with self._engine.connect() as conn:
            rows = conn.execute(SEASON_TOTALS, {"season": season}).all()
        return {method: (n, total) for method, n, total in rows}

    def outstanding(self, season: int, fee_pence: int) -> list[str]:
        query = text(
            "SELECT m.email FROM members m "
            "LEFT JOIN membership_payments p ON p.member_id = m.id AND p.season = :season "
            "WHERE m.active GROUP BY m.email "
            "HAVING COALESCE(SUM(p.amount_pence), 0) < :fee"
        )
        with self._engine.connect() as conn:
            return [r[0] for r in conn.execute(query, {"season": season, "fee": fee_pence})]
