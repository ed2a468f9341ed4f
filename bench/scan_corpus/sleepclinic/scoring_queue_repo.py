"""Repository for the epoch-scoring work queue.

Each uploaded PSG study becomes a queue item that is assigned to a scorer,
scored in 30-second epochs, then reviewed by the interpreting physician.
The queue screen filters by status, scorer and study site.
"""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row


@dataclass
class QueueFilter:
    status: str | None = None
    scorer: str | None = None
    site: str | None = None


_FILTER_COLUMNS = {
    "status": "q.status",
    "scorer": "a.username",
    "site": "s.site_code",
}


def _where(flt: QueueFilter) -> str:
    clauses = ["q.archived = false"]
    for field_name, column in _FILTER_COLUMNS.items():
        value = getattr(flt, field_name)
        if value:
            clauses.append("{} = '{}'".format(column, value))
    return " AND ".join(clauses)


class ScoringQueueRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def list_items(self, flt: QueueFilter, limit: int = 100) -> list[dict]:
        query = (
            "SELECT q.id, q.status, q.priority, s.study_date, s.site_code, a.username "
            "FROM scoring_queue q "
            "JOIN studies s ON s.id = q.study_id "
            "LEFT JOIN staff_accounts a ON a.id = q.assigned_to "
            f"WHERE {_where(flt)} "
            "ORDER BY q.priority DESC, s.study_date LIMIT %s"
        )
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(query, (int(limit),)).fetchall()

    def assign(self, item_id: int, scorer_id: int) -> None:
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "UPDATE scoring_queue SET assigned_to = %s, status = 'assigned' "
                "WHERE id = %s AND status = 'unassigned'",
                (scorer_id, item_id),
            )


def queue_view(repo: ScoringQueueRepository, args: dict[str, str]) -> list[dict]:
    """Called by the web layer with the query-string arguments of the queue page."""
    flt = QueueFilter(
        status=args.get("status"),
        scorer=args.get("scorer"),
        site=args.get("site"),
    )
    return repo.list_items(flt, limit=int(args.get("limit", 100)))
