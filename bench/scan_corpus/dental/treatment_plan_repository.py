"""Queries for treatment plans shown on the clinician dashboard."""
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlalchemy.engine import Engine

SORT_COLUMNS = {
    "created": "tp.created_at",
    "patient": "p.last_name",
    "value": "tp.estimated_total_cents",
    "status": "tp.status",
}


@dataclass
class PlanQuery:
    clinic_id: int
    status: str | None = None
    sort: str = "created"
    direction: Literal["asc", "desc"] = "desc"
    limit: int = 50
    offset: int = 0


class TreatmentPlanRepository:
    def __init__(self, engine: Engine):
        self.engine = engine

    def list_plans(self, q: PlanQuery) -> list[dict]:
        order_col = SORT_COLUMNS.get(q.sort, SORT_COLUMNS["created"])
        order_dir = "ASC" if q.direction == "asc" else "DESC"
        sql = (
            "SELECT tp.id, tp.status, tp.estimated_total_cents, tp.created_at, "
            "p.first_name, p.last_name "
            "FROM treatment_plans tp JOIN patients p ON p.id = tp.patient_id "
            "WHERE tp.clinic_id = :clinic_id "
        )
        params = {"clinic_id": q.clinic_id, "limit": min(q.limit, 200), "offset": max(q.offset, 0)}
        if q.status:
            sql += "AND tp.status = :status "
            params["status"] = q.status
        sql += f"ORDER BY {order_col} {order_dir} LIMIT :limit OFFSET :offset"
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(text(sql), params)]
