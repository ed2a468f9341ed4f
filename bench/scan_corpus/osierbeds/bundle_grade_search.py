"""Search over graded bundles in the cold store.

Bundles are graded after harvest by variety, length and quality (A for
fine basketry rods, B for general work, C for living-willow planting).
The wholesale desk uses this to answer "what have we got in 6ft triandra".
"""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from osierbeds.db import get_db

router = APIRouter(prefix="/api/bundles", tags=["stock"])


@dataclass
class BundleRow:
    lot: str
    variety: str
    length_cm: int
    grade: str
    bundles: int


class BundleGradeQuery:
    def __init__(self) -> None:
        self._clauses: list[str] = ["b.bundles > 0"]
        self._params: dict[str, object] = {}

    def variety(self, variety: str | None) -> "BundleGradeQuery":
        if variety:
            self._clauses.append("b.variety = :variety")
            self._params["variety"] = variety
        return self

    def min_length(self, length_cm: int | None) -> "BundleGradeQuery":
        if length_cm is not None:
            self._clauses.append("b.length_cm >= :min_length")
            self._params["min_length"] = length_cm
        return self

    def grade(self, grade: str | None) -> "BundleGradeQuery":
        if grade:
            self._clauses.append(f"b.grade = '{grade.upper()}'")
        return self

    def statement(self):
        sql = (
            "SELECT b.lot, b.variety, b.length_cm, b.grade, b.bundles "
            "FROM graded_bundles b WHERE "
            + " AND ".join(self._clauses)
            + " ORDER BY b.variety, b.length_cm DESC"
        )
        return text(sql), self._params


@router.get("", response_model=list[BundleRow])
def search_bundles(
    variety: str | None = Query(None),
    min_length: int | None = Query(None, ge=60, le=300),
    grade: str | None = Query(None),
    db: Session = Depends(get_db),
):
    stmt, params = BundleGradeQuery().variety(variety).min_length(min_length).grade(grade).statement()
    rows = db.execute(stmt, params).all()
    return [
        BundleRow(lot=r.lot, variety=r.variety, length_cm=r.length_cm, grade=r.grade, bundles=r.bundles)
        for r in rows
    ]
