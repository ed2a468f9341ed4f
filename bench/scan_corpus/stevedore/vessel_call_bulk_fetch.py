"""Bulk fetch of vessel calls for the berth plan publisher.

The publisher sends the weekly berth plan to each shipping line with
only that line's calls. Callers pass a list of call ids selected on the
planning board.
"""
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

from terminal_ops.config import settings
from terminal_ops.db import engine

MAX_IDS = 500


class BerthPlanFetcher:
    def __init__(self, db: Engine = engine):
        self.db = db

    def _in_clause(self, ids: list[int]) -> tuple[str, dict]:
        names = [f"id_{i}" for i in range(len(ids))]
        placeholders = ", ".join(f":{n}" for n in names)
        return placeholders, dict(zip(names, ids))

    def calls_for_line(self, line_code: str, call_ids: list[int]) -> list[dict]:
        if not call_ids:
            return []
        if len(call_ids) > MAX_IDS:
            raise ValueError("too many calls selected")
        placeholders, params = self._in_clause([int(c) for c in call_ids])
        stmt = text(
            "SELECT call_id, vessel_name, voyage, berth, eta, etd, line_code "
            f"FROM vessel_calls WHERE call_id IN ({placeholders}) AND line_code = :line"
        )
        params["line"] = line_code
        with self.db.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, params)]

    def calls_in_window(self, line_code: str, days: int = settings.BERTH_PLAN_DAYS) -> list[dict]:
        stmt = text(
            "SELECT call_id, vessel_name, voyage, berth, eta, etd FROM vessel_calls "
            "WHERE line_code = :line AND eta < now() + make_interval(days => :days)"
        ).bindparams(bindparam("line"), bindparam("days"))
        with self.db.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, {"line": line_code, "days": days})]
