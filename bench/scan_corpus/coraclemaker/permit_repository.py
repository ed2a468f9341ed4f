"""Repository for river permits used by trip planning and the nightly
"permit expiring soon" reminder."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from sqlalchemy import text
from sqlalchemy.orm import Session


class PermitFinder:
    """Composable filters over ``river_permits``; all values are bound."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._filters: list[str] = []
        self._params: dict[str, object] = {}

    def for_river(self, river_code: str) -> "PermitFinder":
        self._filters.append("river_code = :river_code")
        self._params["river_code"] = river_code.strip().upper()
        return self

    def reference(self, ref: str) -> "PermitFinder":
        self._filters.append("reference = :reference")
        self._params["reference"] = ref
        return self

    def expiring_within(self, days: int) -> "PermitFinder":
        self._filters.append("valid_to BETWEEN :today AND :horizon")
        self._params["today"] = date.today()
        self._params["horizon"] = date.today() + timedelta(days=days)
        return self

    def all(self) -> list[dict]:
        where = " AND ".join(self._filters) or "1 = 1"
        stmt = text(
            "SELECT reference, river_code, authority, valid_from, valid_to, max_craft "
            f"FROM river_permits WHERE {where} ORDER BY valid_to"
        )
        return [dict(r) for r in self.session.execute(stmt, self._params).mappings()]

    def one(self) -> Optional[dict]:
        rows = self.all()
        return rows[0] if rows else None


def expiry_reminders(session: Session, river: Optional[str] = None) -> list[str]:
    finder = PermitFinder(session).expiring_within(30)
    if river:
        finder = finder.for_river(river)
    return [
        f"Permit {p['reference']} for {p['river_code']} ({p['authority']}) "
        f"expires on {p['valid_to']:%d %b %Y}"
        for p in finder.all()
    ]
