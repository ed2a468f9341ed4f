"""Queue of drafts awaiting copy-edit, as shown on the subs' desk dashboard."""
from dataclasses import dataclass
from datetime import datetime

from cms.db import pool

ORDERINGS = {
    "oldest": "d.submitted_at ASC",
    "newest": "d.submitted_at DESC",
    "wordcount": "d.word_count DESC",
    "deadline": "d.deadline ASC NULLS LAST",
}


@dataclass
class QueueQuery:
    desk: str | None = None
    assignee_id: int | None = None
    due_before: datetime | None = None
    order: str = "deadline"
    limit: int = 100


def _build(q: QueueQuery) -> tuple[str, list]:
    conditions, params = ["d.state = %s"], ["awaiting_subs"]
    if q.desk:
        conditions.append("d.desk_slug = %s")
        params.append(q.desk)
    if q.assignee_id is not None:
        conditions.append("d.assignee_id = %s")
        params.append(q.assignee_id)
    if q.due_before:
        conditions.append("d.deadline < %s")
        params.append(q.due_before)
    order_by = ORDERINGS.get(q.order, ORDERINGS["deadline"])
    sql = (
        "SELECT d.id, d.slug, d.headline, d.word_count, d.deadline, d.assignee_id "
        f"FROM drafts d WHERE {' AND '.join(conditions)} ORDER BY {order_by} LIMIT %s"
    )
    params.append(max(1, min(q.limit, 500)))
    return sql, params


def fetch_queue(q: QueueQuery) -> list[dict]:
    sql, params = _build(q)
    with pool.connection() as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]
