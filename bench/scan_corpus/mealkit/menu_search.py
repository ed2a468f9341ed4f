"""Search over the weekly menu for the customer-facing recipe picker."""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter(prefix="/menu")


@dataclass
class MenuFilter:
    week: str
    diet: str | None = None
    max_prep_minutes: int | None = None
    exclude_allergens: list[str] = field(default_factory=list)


def _where_clause(f: MenuFilter) -> str:
    parts = ["r.menu_week = :week", "r.published = true"]
    if f.diet:
        parts.append(f"r.diet_tag = '{f.diet}'")
    if f.max_prep_minutes is not None:
        parts.append("r.prep_minutes <= :max_prep")
    if f.exclude_allergens:
        parts.append("NOT (r.allergens && CAST(:allergens AS text[]))")
    return " AND ".join(parts)


def run_search(session: Session, f: MenuFilter) -> list[dict]:
    where = _where_clause(f)
    params = {"week": f.week, "max_prep": f.max_prep_minutes, "allergens": f.exclude_allergens}
    rows = session.execute(text(f"SELECT r.id, r.title, r.prep_minutes FROM recipes r WHERE {where} ORDER BY r.sort_order"), params)
    return [dict(row._mapping) for row in rows]


@router.get("/search")
def search(
    week: str,
    diet: str | None = None,
    max_prep: int | None = None,
    exclude: list[str] = Query(default=[]),
    session: Session = Depends(get_session),
):
    f = MenuFilter(week=week, diet=diet, max_prep_minutes=max_prep, exclude_allergens=exclude)
    return {"results": run_search(session, f)}
