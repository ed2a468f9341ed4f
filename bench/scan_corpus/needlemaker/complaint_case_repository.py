"""Repository for complaint cases in the intake triage database.

The triage desk runs on a local SQLite copy that is synchronised to the
central QMS every night; this repository wraps the queries the desk UI
needs.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from needlemaker.config import settings


@dataclass
class CaseFilter:
    status: Optional[str] = None
    reporter: Optional[str] = None
    severity_at_least: int = 0


class ComplaintCaseRepository:
    def __init__(self, path: str = settings.TRIAGE_DB):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def _clause(self, case_filter: CaseFilter) -> str:
        parts = ["severity >= %d" % case_filter.severity_at_least]
        if case_filter.status:
            parts.append("status = '%s'" % case_filter.status)
        if case_filter.reporter:
            parts.append("reporter_email LIKE '%%%s%%'" % case_filter.reporter)
        return " AND ".join(parts)

    def find(self, case_filter: CaseFilter, limit: int = 100) -> List[sqlite3.Row]:
        query = "SELECT * FROM complaint_cases WHERE %s ORDER BY received_at DESC LIMIT ?" % self._clause(
            case_filter
        )
        return self.conn.execute(query, (limit,)).fetchall()

    def get(self, case_id: int) -> Optional[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM complaint_cases WHERE id = ?", (case_id,)
        ).fetchone()

    def assign(self, case_id: int, investigator: str) -> None:
        self.conn.execute(
            "UPDATE complaint_cases SET investigator = ?, status = 'assigned' WHERE id = ?",
            (investigator, case_id),
        )
        self.conn.commit()


def search_from_request(args: dict) -> List[dict]:
    repo = ComplaintCaseRepository()
    case_filter = CaseFilter(
        status=args.get("status"),
        reporter=args.get("reporter"),
        severity_at_least=int(args.get("min_severity", 0)),
    )
    return [dict(row) for row in repo.find(case_filter)]
