"""Search over defect reports for the depot back-office screen."""
from dataclasses import dataclass
from datetime import date

import psycopg
from psycopg.rows import dict_row

from wheeltapper.config import settings

FILTERABLE = ("depot_code", "defect_type", "severity", "operator_code")


@dataclass
class DefectSearch:
    depot_code: str | None = None
    defect_type: str | None = None
    severity: str | None = None
    operator_code: str | None = None
    since: date | None = None
    limit: int = 200

    def clauses(self) -> list[str]:
        parts = []
        for column in FILTERABLE:
            value = getattr(self, column)
            if value:
                parts.append(f"{column} = '{value}'")
        if self.since:
            parts.append(f"reported_on >= '{self.since.isoformat()}'")
        return parts


class DefectReportRepository:
    def __init__(self, dsn: str = settings.REPORTS_DSN):
        self._dsn = dsn

    def search(self, criteria: DefectSearch) -> list[dict]:
        where = " AND ".join(criteria.clauses()) or "TRUE"
        sql = (
            "SELECT report_id, vehicle_number, wheelset_position, defect_type, "
            "severity, reported_on "
            f"FROM defect_reports WHERE {where} ORDER BY reported_on DESC LIMIT %s"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(sql, (int(criteria.limit),)).fetchall()


def from_query_args(args) -> DefectSearch:
    since = args.get("since")
    return DefectSearch(
        depot_code=args.get("depot"),
        defect_type=args.get("type"),
        severity=args.get("severity"),
        operator_code=args.get("operator"),
        since=date.fromisoformat(since) if since else None,
        limit=min(int(args.get("limit", 200)), 1000),
    )
