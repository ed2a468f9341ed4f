"""Directory of ringing towers with optional filters for county, diocese and bell count."""

from fastapi import APIRouter, Request
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bellfounder.db import engine

router = APIRouter(prefix="/directory")

FILTERABLE = ("county", "diocese", "ground_floor_ring", "practice_night")


def _where_clause(filters: dict[str, str]) -> str:
    clauses = []
    for field, value in filters.items():
        if field not in FILTERABLE:
            continue
        clauses.append(field + " = '" + value + "'")
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def list_towers(filters: dict[str, str], min_bells: int = 0, db: Engine = engine) -> list[dict]:
    sql = (
        "SELECT dove_id, place, dedication, bells, tenor_weight_cwt FROM towers"
        + _where_clause(filters)
    )
    with db.connect() as conn:
        rows = conn.execute(text(sql)).mappings().all()
    return [dict(r) for r in rows if r["bells"] >= min_bells]


@router.get("/towers")
def towers(request: Request, min_bells: int = 0):
    filters = {k: v for k, v in request.query_params.items() if k != "min_bells"}
    return {"towers": list_towers(filters, min_bells)}
