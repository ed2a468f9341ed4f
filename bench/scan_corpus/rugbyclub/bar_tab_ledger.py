"""Bar tab ledger queries for the treasurer's end-of-season reconciliation."""
from __future__ import annotations

from decimal import Decimal
from typing import Dict, List

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .settings import settings


class TabLedger:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._season = None

    def for_season(self, season: str) -> "TabLedger":
        self._season = season
        return self

    def balances(self) -> List[Dict]:
        sql = text(
            "SELECT m.id, m.display_name, SUM(t.amount) AS balance "
            "FROM tab_transactions t JOIN members m ON m.id = t.member_id "
            f"WHERE t.season = '{self._season}' "
            "GROUP BY m.id, m.display_name HAVING SUM(t.amount) <> 0 "
            "ORDER BY balance DESC"
        )
        with self._engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(sql)]

    def total_outstanding(self) -> Decimal:
        return sum((Decimal(r["balance"]) for r in self.balances() if r["balance"] > 0), Decimal(0))

    def record(self, member_id: int, amount: Decimal, description: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("INSERT INTO tab_transactions (member_id, season, amount, description) "
                     "VALUES (:member_id, :season, :amount, :description)"),
                {"member_id": member_id, "season": self._season,
                 "amount": amount, "description": description},
            )


def treasurer_report(season_param: str) -> Dict:
    """Called from the treasurer dashboard with the season picked in the UI."""
    ledger = TabLedger(create_engine(settings.ledger_database_url)).for_season(season_param)
    rows = ledger.balances()
    return {
        "season": season_param,
        "members_owing": [r for r in rows if r["balance"] > 0],
        "members_in_credit": [r for r in rows if r["balance"] < 0],
        "total_outstanding": str(ledger.total_outstanding()),
    }
