"""Search over filed flight plans for the operations desk."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class FlightPlanRow:
    gufi: str
    callsign: str
    adep: str
    ades: str
    eobt: datetime
    status: str


class FlightPlanSearch:
    base_query = (
        "SELECT gufi, callsign, adep, ades, eobt, status FROM flight_plans "
        "WHERE eobt BETWEEN :start AND :end"
    )

    def __init__(self, engine: Engine, max_rows: int = 500) -> None:
        self.engine = engine
        self.max_rows = max_rows

    @staticmethod
    def _callsign_filter(prefix: Optional[str]) -> str:
        if not prefix:
            return ""
        return f" AND callsign LIKE '{prefix.upper()}%'"

    def _compose(self, callsign_prefix: Optional[str]) -> str:
        return self.base_query + self._callsign_filter(callsign_prefix) + " ORDER BY eobt LIMIT :lim"

    def search(self, start: datetime, end: datetime, callsign_prefix: Optional[str] = None) -> List[FlightPlanRow]:
        statement = text(self._compose(callsign_prefix))
        with self.engine.connect() as conn:
            result = conn.execute(statement, {"start": start, "end": end, "lim": self.max_rows})
            return [FlightPlanRow(*row) for row in result]


def handle_search(engine: Engine, args: dict) -> List[dict]:
    search = FlightPlanSearch(engine)
    rows = search.search(
        datetime.fromisoformat(args["from"]),
        datetime.fromisoformat(args["to"]),
        callsign_prefix=args.get("callsign"),
    )
    return [row.__dict__ for row in rows]
