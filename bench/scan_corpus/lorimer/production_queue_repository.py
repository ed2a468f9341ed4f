"""Read side of the workshop production queue, used by the planning board."""
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORTABLE = {
    "due": "j.due_date",
    "priority": "j.priority",
    "sku": "j.sku",
    "stage": "j.stage",
    "created": "j.created_at",
}
STAGES = ("forging", "welding", "grinding", "polishing", "plating", "inspection", "packing")


@dataclass
class QueueFilter:
    stage: str | None = None
    due_before: date | None = None
    customer_ref: str | None = None
    sort: str = "due"
    descending: bool = False


class ProductionQueueRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def _order_by(self, f: QueueFilter) -> str:
        column = SORTABLE.get(f.sort, SORTABLE["due"])
        return f"{column} {'DESC' if f.descending else 'ASC'}, j.id"

    def list_jobs(self, f: QueueFilter, limit: int = 100) -> list[dict]:
        clauses = ["j.completed_at IS NULL"]
        params: dict = {"limit": limit}
        if f.stage in STAGES:
            clauses.append("j.stage = :stage")
            params["stage"] = f.stage
        if f.due_before:
            clauses.append("j.due_date < :due_before")
            params["due_before"] = f.due_before
        if f.customer_ref:
            clauses.append("j.customer_ref ILIKE :ref")
            params["ref"] = f"%{f.customer_ref}%"
        stmt = text(
            "SELECT j.id, j.sku, j.qty, j.stage, j.priority, j.due_date, j.customer_ref "
            f"FROM production_jobs j WHERE {' AND '.join(clauses)} "
            f"ORDER BY {self._order_by(f)} LIMIT :limit"
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(stmt, params)]

    def bump_priority(self, job_ids: Iterable[int], by: int = 1) -> int:
        stmt = text("UPDATE production_jobs SET priority = priority + :by WHERE id = :id")
        with self.engine.begin() as conn:
            result = conn.execute(stmt, [{"by": by, "id": int(i)} for i in job_ids])
            return result.rowcount
