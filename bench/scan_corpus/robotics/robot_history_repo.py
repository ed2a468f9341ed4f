"""Query helpers for the robot event history (faults, e-stops, charging)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {"occurred_at", "severity", "robot_serial"}
DEFAULT_TYPES = ["fault", "estop"]


def _history_sql(event_types: list[str], order_by: str) -> str:
    if order_by not in SORTABLE:
        order_by = "occurred_at"
    types = ", ".join(f"'{t}'" for t in event_types)
    return (
        "SELECT id, robot_serial, event_type, severity, occurred_at, details "
        "FROM robot_events "
        f"WHERE robot_serial = :serial AND event_type IN ({types}) "
        "AND occurred_at >= :since "
        f"ORDER BY {order_by} DESC LIMIT :limit"
    )


class RobotHistoryRepo:
    def __init__(self, engine: Engine):
        self._engine = engine

    def events(
        self,
        robot_serial: str,
        event_types: list[str],
        since: datetime,
        order_by: str = "occurred_at",
        limit: int = 200,
    ) -> list[dict]:
        stmt = text(_history_sql(event_types, order_by))
        with self._engine.connect() as conn:
            rows = conn.execute(stmt, {"serial": robot_serial, "since": since, "limit": limit})
            return [dict(r._mapping) for r in rows]


def events_from_query(repo: RobotHistoryRepo, args) -> list[dict]:
    """Backs the console history view; ``args`` is the request's query MultiDict."""
    return repo.events(
        robot_serial=args["robot"],
        event_types=args.getlist("type") or DEFAULT_TYPES,
        since=datetime.fromisoformat(args.get("since", "1970-01-01T00:00:00")),
        order_by=args.get("sort", "occurred_at"),
        limit=min(int(args.get("limit", 200)), 1000),
    )
