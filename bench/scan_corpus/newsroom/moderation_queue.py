"""Queries and routes behind the comment moderation dashboard."""
from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/moderation")

PAGE_SIZE = 50
STATUSES = {"pending", "flagged", "approved", "rejected"}

BASE_SQL = (
    "SELECT c.id, c.body, c.author_name, c.created_at, c.toxicity_score "
    "FROM comments c JOIN articles a ON a.id = c.article_id"
)


def _queue_sql(status: str, section: str | None) -> str:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    clauses = ["c.status = :status"]
    if section:
        clauses.append("a.section = '%s'" % section)
    return (
        BASE_SQL
        + " WHERE " + " AND ".join(clauses)
        + " ORDER BY c.toxicity_score DESC LIMIT :limit OFFSET :offset"
    )


def fetch_queue(db: Session, status: str, section: str | None = None, page: int = 1) -> list[dict]:
    sql = _queue_sql(status, section)
    params = {"status": status, "limit": PAGE_SIZE, "offset": (page - 1) * PAGE_SIZE}
    return [dict(row._mapping) for row in db.execute(text(sql), params)]


@router.get("/queue")
def moderation_queue(
    status: str = Query("pending"),
    section: str | None = Query(None),
    page: int = Query(1, ge=1),
    db: Session = Depends(get_session),
):
    return {"page": page, "items": fetch_queue(db, status, section, page)}
