"""List roof surveys for the survey manager's dashboard, with sorting and paging."""
from __future__ import annotations

import os
from dataclasses import dataclass

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["SURVEY_DATABASE_URL"], pool_pre_ping=True)


@dataclass
class ListingOptions:
    surveyor_id: int | None = None
    sort: str = "surveyed_on"
    descending: bool = True
    page: int = 1
    per_page: int = 25

    @property
    def offset(self) -> int:
        return (max(self.page, 1) - 1) * self.per_page

    @property
    def direction(self) -> str:
        return "DESC" if self.descending else "ASC"


def fetch_surveys(opts: ListingOptions) -> list[dict]:
    params = {"limit": opts.per_page, "offset": opts.offset}
    where = ""
    if opts.surveyor_id is not None:
        where = "WHERE s.surveyor_id = :surveyor_id"
        params["surveyor_id"] = opts.surveyor_id
    stmt = text(
        "SELECT s.id, s.property_ref, s.surveyed_on, s.material, s.coat_depth_mm, "
        "s.ridge_condition, s.est_years_remaining, u.name AS surveyor "
        "FROM roof_surveys s JOIN surveyors u ON u.id = s.surveyor_id "
        f"{where} ORDER BY {opts.sort} {opts.direction} LIMIT :limit OFFSET :offset"
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt, params).mappings()]


@app.get("/surveys")
def list_surveys(
    surveyor_id: int | None = None,
    sort: str = "surveyed_on",
    order: str = Query("desc", pattern="^(asc|desc)$"),
    page: int = Query(1, ge=1),
    per_page: int = Query(25, ge=1, le=100),
):
    opts = ListingOptions(
        surveyor_id=surveyor_id,
        sort=sort,
        descending=(order == "desc"),
        page=page,
        per_page=per_page,
    )
    return {"page": page, "items": fetch_surveys(opts)}
