"""Injury report listing for the physio dashboard with sortable columns."""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional

import psycopg
from psycopg.rows import dict_row

SORT_COLUMNS = {
    "reported": "r.reported_on",
    "return": "r.expected_return",
    "severity": "r.severity",
    "player": "p.last_name",
}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


class InjuryReportQuery:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    def list(self, team: Optional[str], since: Optional[date], sort: str = "reported",
             direction: str = "desc") -> List[Dict[str, Any]]:
        order_column = SORT_COLUMNS.get(sort, SORT_COLUMNS["reported"])
        order_direction = DIRECTIONS.get(direction.lower(), "DESC")

        clauses = ["r.cleared_on IS NULL"]
        params: List[Any] = []
        if team:
            clauses.append("p.team = %s")
            params.append(team)
        if since:
            clauses.append("r.reported_on >= %s")
            params.append(since)

        query = (
            "SELECT r.id, p.first_name, p.last_name, p.team, r.body_part, r.severity, "
            "r.reported_on, r.expected_return FROM injury_reports r "
            "JOIN players p ON p.id = r.player_id "
            f"WHERE {' AND '.join(clauses)} ORDER BY {order_column} {order_direction}"
        )
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall()


def dashboard_rows(conn: psycopg.Connection, args: Dict[str, str]) -> List[Dict[str, Any]]:
    """Map query-string arguments from the dashboard onto the query."""
    return InjuryReportQuery(conn).list(
        team=args.get("team") or None,
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
        sort=args.get("sort", "reported"),
        direction=args.get("dir", "desc"),
    )
