"""Judging results for a quilt show, sortable by the committee's chosen column."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI, Query
from sqlalchemy import create_engine, text

from .auth import require_committee_member

app = FastAPI(title="Show results")
engine = create_engine(os.environ["SHOW_DATABASE_URL"], pool_pre_ping=True)

SORT_COLUMNS = {
    "entry": "e.entry_number",
    "score": "j.total_score",
    "category": "e.category",
    "maker": "m.display_name",
    "ribbon": "j.ribbon",
}


def results_query(sort: str, descending: bool) -> str:
    column = SORT_COLUMNS.get(sort, SORT_COLUMNS["entry"])
    direction = "DESC" if descending else "ASC"
    return (
        "SELECT e.entry_number, e.title, e.category, m.display_name AS maker, "
        "j.total_score, j.ribbon, j.judge_comments "
        "FROM show_entries e "
        "JOIN members m ON m.member_id = e.member_id "
        "JOIN judging_scores j ON j.entry_id = e.entry_id "
        "WHERE e.show_year = :year AND (:category IS NULL OR e.category = :category) "
        f"ORDER BY {column} {direction}, e.entry_number"
    )


@app.get("/results")
def show_results(
    year: int = Query(..., ge=1990, le=2100),
    category: str | None = Query(None, max_length=60),
    sort: str = Query("score"),
    desc: bool = Query(True),
    _user=Depends(require_committee_member),
) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(results_query(sort, desc)), {"year": year, "category": category}
        ).mappings()
        return [dict(r) for r in rows]


@app.get("/results/ribbons")
def ribbon_counts(year: int = Query(..., ge=1990, le=2100), _user=Depends(require_committee_member)):
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT j.ribbon, COUNT(*) AS n FROM judging_scores j "
                "JOIN show_entries e ON e.entry_id = j.entry_id "
                "WHERE e.show_year = :year AND j.ribbon IS NOT NULL GROUP BY j.ribbon"
            ),
            {"year": year},
        ).mappings()
        return {r["ribbon"]: r["n"] for r in rows}
