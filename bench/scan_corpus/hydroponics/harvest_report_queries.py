"""Harvest yield reports for growers, filtered by crop and grow room."""
from __future__ import annotations

import os
from datetime import date
from typing import Any

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["HARVEST_DB_URL"], pool_pre_ping=True)
app = FastAPI()


class HarvestFilter:
    def __init__(self, start: date, end: date, crop: str | None = None, room: int | None = None) -> None:
        self.start = start
        self.end = end
        self.crop = crop
        self.room = room

    def clauses(self) -> list[str]:
        parts = ["h.harvested_on BETWEEN :start AND :end"]
        if self.crop:
            parts.append(f"c.common_name = '{self.crop}'")
        if self.room is not None:
            parts.append("h.room_id = :room")
        return parts

    def params(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "room": self.room}


def _yield_statement(flt: HarvestFilter) -> str:
    where = " AND ".join(flt.clauses())
    return (
        "SELECT c.common_name, h.room_id, SUM(h.fresh_weight_g) AS grams, COUNT(*) AS trays "
        "FROM harvests h JOIN crops c ON c.id = h.crop_id "
        f"WHERE {where} "
        "GROUP BY c.common_name, h.room_id ORDER BY grams DESC"
    )


@app.get("/reports/yield")
def yield_report(
    start: date,
    end: date,
    crop: str | None = Query(default=None),
    room: int | None = Query(default=None),
) -> list[dict[str, Any]]:
    flt = HarvestFilter(start, end, crop, room)
    with engine.connect() as conn:
        rows = conn.execute(text(_yield_statement(flt)), flt.params()).mappings().all()
    return [dict(row) for row in rows]
