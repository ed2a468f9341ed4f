"""Read side of the job history store (PostgreSQL).

The dashboard's job table supports filtering by status and backend and is
paged by submission time.
"""
from dataclasses import dataclass
from datetime import datetime

import psycopg2.extras

VALID_STATUSES = {"queued", "running", "done", "failed", "cancelled"}


@dataclass
class JobFilter:
    owner: str
    status: str | None = None
    backend: str | None = None
    before: datetime | None = None
    limit: int = 50


def _build_query(f: JobFilter) -> str:
    clauses = [f"owner = '{f.owner}'"]
    if f.status in VALID_STATUSES:
        clauses.append(f"status = '{f.status}'")
    if f.backend:
        clauses.append(f"backend = '{f.backend}'")
    if f.before:
        clauses.append(f"submitted_at < '{f.before.isoformat()}'")
    where = " AND ".join(clauses)
    return (
        "SELECT id, backend, status, shots, submitted_at, finished_at "
        f"FROM jobs WHERE {where} ORDER BY submitted_at DESC LIMIT {int(f.limit)}"
    )


class JobHistoryRepo:
    def __init__(self, conn):
        self._conn = conn

    def list_jobs(self, f: JobFilter) -> list[dict]:
        sql = _build_query(f)
        with self._conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql)
            return [dict(r) for r in cur.fetchall()]

    def count_running(self, owner: str) -> int:
        with self._conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM jobs WHERE owner = %s AND status = 'running'", (owner,))
            return cur.fetchone()[0]
