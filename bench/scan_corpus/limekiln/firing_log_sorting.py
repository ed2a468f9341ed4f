"""Sortable firing-log table for the burner-tuning dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

SORTABLE_COLUMNS = {
    "started": "started_at",
    "ended": "ended_at",
    "peak": "peak_celsius",
    "fuel": "fuel_kwh",
    "charge": "charge_tonnes",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@dataclass(frozen=True)
class FiringTableRequest:
    kiln_id: int
    since: date
    until: date
    sort: str = "started"
    direction: str = "desc"
    limit: int = 100

    @property
    def order_by(self) -> str:
        column = SORTABLE_COLUMNS.get(self.sort, "started_at")
        direction = DIRECTIONS.get(self.direction.lower(), "DESC")
        return f"ORDER BY {column} {direction}, id {direction}"


class FiringTable:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def rows(self, req: FiringTableRequest) -> list[dict]:
        sql = (
            "SELECT id, kiln_id, charge_tonnes, peak_celsius, fuel_kwh, started_at, ended_at "
            "FROM firing_logs WHERE kiln_id = %s AND started_at::date BETWEEN %s AND %s "
            f"{req.order_by} LIMIT %s"
        )
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(
                sql, (req.kiln_id, req.since, req.until, max(1, min(req.limit, 500)))
            ).fetchall()


def request_from_args(args: dict[str, str]) -> FiringTableRequest:
    return FiringTableRequest(
        kiln_id=int(args["kiln"]),
        since=date.fromisoformat(args["from"]),
        until=date.fromisoformat(args["to"]),
        sort=args.get("sort", "started"),
        direction=args.get("dir", "desc"),
        limit=int(args.get("limit", 100)),
    )
