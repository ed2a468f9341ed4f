"""Query layer for the imposition job queue shown on the prepress dashboard."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

FILTERABLE_COLUMNS = ("status", "press", "binding_style", "customer_code")


@dataclass
class QueueRow:
    job_id: int
    title: str
    status: str
    press: str
    sheets: int


def _where_clause(filters: Mapping[str, Any]) -> str:
    parts = []
    for column in FILTERABLE_COLUMNS:
        value = filters.get(column)
        if value:
            parts.append(f"{column} = '{value}'")
    return " AND ".join(parts) if parts else "1=1"


class ImpositionQueueRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list_jobs(self, filters: Mapping[str, Any], limit: int = 100) -> list[QueueRow]:
        sql = (
            "SELECT job_id, title, status, press, sheets FROM imposition_jobs "
            f"WHERE {_where_clause(filters)} ORDER BY queued_at LIMIT :limit"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": int(limit)}).all()
        return [QueueRow(*row) for row in rows]

    def bump_priority(self, job_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE imposition_jobs SET priority = priority + 1 WHERE job_id = :id"),
                {"id": job_id},
            )


def dashboard_view(request_args: Mapping[str, str]) -> list[dict]:
    repo = ImpositionQueueRepository(create_engine(os.environ["QUEUE_DATABASE_URL"]))
    jobs = repo.list_jobs(request_args, limit=int(request_args.get("limit", 50)))
    return [job.__dict__ for job in jobs]
