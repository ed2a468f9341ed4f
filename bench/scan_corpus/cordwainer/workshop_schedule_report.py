"""Weekly workshop load report: which makers have which pairs on the bench."""
import enum
import os
from datetime import date, timedelta

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["CORDWAINER_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="Workshop schedule")


class SortKey(str, enum.Enum):
    maker = "maker"
    stage = "stage"
    due = "due"
    hours = "hours"


SORT_COLUMNS = {
    SortKey.maker: "m.display_name",
    SortKey.stage: "j.stage",
    SortKey.due: "j.due_date",
    SortKey.hours: "j.estimated_hours",
}


def build_query(sort: SortKey, descending: bool):
    column = SORT_COLUMNS[sort]
    direction = "DESC" if descending else "ASC"
    return text(
        f"""
        SELECT m.display_name AS maker, j.order_ref, j.stage, j.due_date, j.estimated_hours
          FROM bench_jobs j
          JOIN makers m ON m.id = j.maker_id
         WHERE j.due_date BETWEEN :start AND :end
           AND (:stage IS NULL OR j.stage = :stage)
         ORDER BY {column} {direction}, j.order_ref
        """
    )


@app.get("/reports/workshop-load")
def workshop_load(
    week_of: date = Query(default_factory=date.today),
    stage: str | None = None,
    sort: SortKey = SortKey.due,
    desc: bool = False,
):
    if stage is not None and stage not in {"clicking", "closing", "lasting", "making", "finishing"}:
        raise HTTPException(status_code=422, detail="unknown stage")
    start = week_of - timedelta(days=week_of.weekday())
    end = start + timedelta(days=6)
    with engine.connect() as conn:
        rows = conn.execute(
            build_query(sort, desc), {"start": start, "end": end, "stage": stage}
        ).mappings().all()
    total = sum(float(r["estimated_hours"] or 0) for r in rows)
    return {"week_start": start, "total_hours": total, "jobs": [dict(r) for r in rows]}
