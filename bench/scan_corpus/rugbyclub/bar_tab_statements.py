"""Season statements for member bar tabs, used by the treasurer."""
from __future__ import annotations

from decimal import Decimal
from typing import Dict, List

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from .settings import settings

BALANCES_SQL = text(
    "SELECT m.id, m.display_name, SUM(t.amount) AS balance "
    "FROM tab_transactions t JOIN members m ON m.id = t.member_id "
    "WHERE t.season = :season "
    "GROUP BY m.id, m.display_name HAVING SUM(t.amount) <> 0 "
    "ORDER BY balance DESC"
)


class TabStatements:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._season = None

    def for_season(self, season: str) -> "TabStatements":
        self._season = season
        return self

    def balances(self) -> List[Dict]:
        with self._engine.connect() as conn:
            result = conn.execute(BALANCES_SQL, {"season": self._season})
            return [dict(row._mapping) for row in result]

    def statement_for(self, member_id: int) -> List[Dict]:
        with self._engine.connect() as conn:
            result = conn.execute(
                text("SELECT created_at, description, amount FROM tab_transactions "
                     "WHERE member_id = :member_id AND season = :season ORDER BY created_at"),
                {"member_id": member_id, "season": self._season},
            )
            return [dict(row._mapping) for row in result]


def treasurer_summary(season_param: str) -> Dict:
    statements = TabStatements(create_engine(settings.ledger_database_url)).for_season(season_param)
    rows = statements.balances()
    owing = [r for r in rows if r["balance"] > 0]
    return {
        "season": season_param,
        "members_owing": owing,
        "members_in_credit": [r for r in rows if r["balance"] < 0],
        "total_outstanding": str(sum((Decimal(r["balance"]) for r in owing), Decimal(0))),
    }
