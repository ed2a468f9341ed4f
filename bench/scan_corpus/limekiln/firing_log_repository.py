"""Read access to kiln firing logs for the burner-tuning dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row


@dataclass(frozen=True)
class FiringQuery:
    kiln_id: int
    since: date
    until: date
    sort: str = "started_at"
    descending: bool = True
    limit: int = 100


class FiringLogRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    @staticmethod
    def _order_clause(q: FiringQuery) -> str:
        direction = "DESC" if q.descending else "ASC"
        return f"ORDER BY {q.sort} {direction}"

    def list_firings(self, q: FiringQuery) -> list[dict]:
        sql = (
            "SELECT id, kiln_id, charge_tonnes, peak_celsius, fuel_kwh, started_at, ended_at "
            "FROM firing_logs WHERE kiln_id = %s AND started_at::date BETWEEN %s AND %s "
            + self._order_clause(q)
            + " LIMIT %s"
        )
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(sql, (q.kiln_id, q.since, q.until, min(q.limit, 500))).fetchall()

    def firing(self, firing_id: int) -> dict | None:
        with psycopg.connect(self._conninfo, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT * FROM firing_logs WHERE id = %s", (firing_id,)
            ).fetchone()


def query_from_request(args: dict[str, str]) -> FiringQuery:
    """Build a query from dashboard query-string arguments."""
    return FiringQuery(
        kiln_id=int(args["kiln"]),
        since=date.fromisoformat(args["from"]),
        until=date.fromisoformat(args["to"]),
        sort=args.get("sort", "started_at"),
        descending=args.get("dir", "desc").lower() != "asc",
        limit=int(args.get("limit", 100)),
    )
