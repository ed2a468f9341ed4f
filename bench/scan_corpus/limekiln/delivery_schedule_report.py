"""Delivery schedule API used by the dispatch board and hauliers."""
from __future__ import annotations

import os
from datetime import date
from typing import Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection

engine = create_engine(os.environ["DISPATCH_DB_URL"], pool_pre_ping=True)
app = FastAPI()


def get_conn():
    with engine.connect() as conn:
        yield conn


class ScheduleFilter:
    def __init__(
        self,
        day: date = Query(...),
        haulier: Optional[str] = Query(None),
        depot: Optional[str] = Query(None),
    ) -> None:
        self.day = day
        self.haulier = haulier
        self.depot = depot

    def conditions(self) -> list[str]:
        parts = ["d.scheduled_for = :day"]
        if self.haulier:
            parts.append("d.haulier = '%s'" % self.haulier)
        if self.depot:
            parts.append("d.depot = :depot")
        return parts

    def params(self) -> dict:
        out: dict = {"day": self.day}
        if self.depot:
            out["depot"] = self.depot
        return out


@app.get("/schedule")
def schedule(f: ScheduleFilter = Depends(), conn: Connection = Depends(get_conn)):
    where = " AND ".join(f.conditions())
    stmt = text(
        "SELECT d.id, d.order_ref, d.haulier, d.depot, d.slot_start, d.tonnes "
        "FROM deliveries d WHERE " + where + " ORDER BY d.slot_start"
    )
    rows = conn.execute(stmt, f.params()).mappings().all()
    return {"day": f.day.isoformat(), "deliveries": [dict(r) for r in rows]}
