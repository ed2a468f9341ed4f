"""Data access for injury reports filed by physios and team managers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Dict, List, Optional, Tuple

import psycopg
from psycopg.rows import dict_row


@dataclass
class InjuryFilter:
    team: Optional[str] = None
    body_part: Optional[str] = None
    since: Optional[date] = None
    open_only: bool = True


class InjuryReportRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _where_clause(flt: InjuryFilter) -> Tuple[str, List[Any]]:
        clauses: List[str] = []
        params: List[Any] = []
        if flt.team:
            clauses.append("p.team = '%s'" % flt.team)
        if flt.body_part:
            clauses.append("r.body_part = %s")
            params.append(flt.body_part)
        if flt.since:
            clauses.append("r.reported_on >= %s")
            params.append(flt.since)
        if flt.open_only:
            clauses.append("r.cleared_on IS NULL")
        where = " AND ".join(clauses) if clauses else "TRUE"
        return where, params

    def list_reports(self, flt: InjuryFilter) -> List[Dict[str, Any]]:
        where, params = self._where_clause(flt)
        query = (
            "SELECT r.id, p.first_name, p.last_name, p.team, r.body_part, r.severity, "
            "r.reported_on, r.expected_return FROM injury_reports r "
            "JOIN players p ON p.id = r.player_id WHERE " + where +
            " ORDER BY r.reported_on DESC"
        )
        with self._conn.cursor(row_factory=dict_row) as cur:
            cur.execute(query, params)
            return cur.fetchall()

    def file_report(self, player_id: int, body_part: str, severity: int, notes: str) -> int:
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO injury_reports (player_id, body_part, severity, notes, reported_on) "
                "VALUES (%s, %s, %s, %s, current_date) RETURNING id",
                (player_id, body_part, severity, notes),
            )
            report_id = cur.fetchone()[0]
        self._conn.commit()
        return report_id

    def clear(self, report_id: int, cleared_by: int) -> None:
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE injury_reports SET cleared_on = current_date, cleared_by = %s WHERE id = %s",
                (cleared_by, report_id),
            )
        self._conn.commit()


def reports_for_request(conn: psycopg.Connection, args: Dict[str, str]) -> List[Dict[str, Any]]:
    """Translate query-string arguments from the physio dashboard into a filter."""
    flt = InjuryFilter(
        team=args.get("team"),
        body_part=args.get("body_part"),
        since=date.fromisoformat(args["since"]) if args.get("since") else None,
        open_only=args.get("include_cleared") != "1",
    )
    return InjuryReportRepository(conn).list_reports(flt)
