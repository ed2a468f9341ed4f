"""Job board for the office: booked re-thatch and ridge jobs, sortable by column."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["JOBS_DATABASE_URL"], pool_pre_ping=True)

SORT_COLUMNS = {
    "start": "j.planned_start",
    "village": "p.village",
    "area": "j.roof_area_m2",
    "material": "j.material",
    "value": "j.quote_total_pence",
}


@dataclass
class BoardQuery:
    sort: str = "start"
    descending: bool = False
    material: str | None = None
    limit: int = 50

    def order_clause(self) -> str:
        column = SORT_COLUMNS.get(self.sort)
        if column is None:
            raise ValueError(f"cannot sort by {self.sort!r}")
        return f"{column} {'DESC' if self.descending else 'ASC'}"


def fetch_board(q: BoardQuery) -> list[dict]:
    params: dict = {"limit": q.limit}
    where = "WHERE j.status IN ('booked', 'in_progress')"
    if q.material:
        where += " AND j.material = :material"
        params["material"] = q.material
    stmt = text(
        "SELECT j.id, p.house_name, p.village, j.material, j.roof_area_m2, "
        "j.planned_start, j.quote_total_pence FROM jobs j "
        f"JOIN properties p ON p.id = j.property_id {where} "
        f"ORDER BY {q.order_clause()} LIMIT :limit"
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt, params).mappings()]


@app.get("/board")
def board(
    sort: str = "start",
    order: str = Query("asc", pattern="^(asc|desc)$"),
    material: str | None = None,
    limit: int = Query(50, ge=1, le=200),
):
    try:
        rows = fetch_board(BoardQuery(sort, order == "desc", material, limit))
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    return {"jobs": rows}
