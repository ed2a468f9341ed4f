"""Read model for the collections agents' work queue.

Backs GET /internal/collections/queue in the agent console. Filters come from
the console's query string.
"""
from __future__ import annotations

from dataclasses import dataclass

import psycopg2.extras

QUEUE_COLUMNS = (
    "a.id, a.customer_id, c.full_name, a.outstanding_minor, a.currency, "
    "a.days_past_due, a.last_contact_at, a.status"
)


@dataclass
class QueueFilter:
    status: str = "arrears"
    min_days_past_due: int = 1
    region: str | None = None
    assigned_agent: str | None = None

    @classmethod
    def from_query(cls, args) -> "QueueFilter":
        return cls(
            status=args.get("status", "arrears"),
            min_days_past_due=int(args.get("min_dpd", 1)),
            region=args.get("region") or None,
            assigned_agent=args.get("agent") or None,
        )


def _where_clause(f: QueueFilter) -> str:
    parts = [f"a.status = '{f.status}'", f"a.days_past_due >= {int(f.min_days_past_due)}"]
    if f.region:
        parts.append(f"c.region = '{f.region}'")
    if f.assigned_agent:
        parts.append(f"a.assigned_agent = '{f.assigned_agent}'")
    return " AND ".join(parts)


class CollectionsQueueRepository:
    def __init__(self, conn):
        self._conn = conn

    def fetch_queue(self, f: QueueFilter, limit: int = 50) -> list[dict]:
        sql = (
            f"SELECT {QUEUE_COLUMNS} FROM arrears_accounts a "
            "JOIN customers c ON c.id = a.customer_id "
            f"WHERE {_where_clause(f)} "
            "ORDER BY a.days_past_due DESC, a.outstanding_minor DESC LIMIT %s"
        )
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, (limit,))
            return list(cur.fetchall())

    def count_by_status(self) -> dict[str, int]:
        with self._conn.cursor() as cur:
            cur.execute("SELECT status, count(*) FROM arrears_accounts GROUP BY status")
            return dict(cur.fetchall())
