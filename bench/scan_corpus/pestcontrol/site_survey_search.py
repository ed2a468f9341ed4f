"""Search over site surveys (inspection findings, conducive conditions) for the office team."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.orm import Session

from .deps import get_session

router = APIRouter(prefix="/surveys", tags=["surveys"])

PAGE_SIZE = 50


@dataclass
class SurveyFilter:
    customer: str | None = None
    pest: str | None = None
    status: str | None = None

    def clauses(self) -> tuple[list[str], dict[str, Any]]:
        where: list[str] = []
        params: dict[str, Any] = {}
        if self.customer:
            where.append(_name_match("c.name", self.customer))
        if self.pest:
            where.append("f.pest_type = :pest")
            params["pest"] = self.pest
        if self.status:
            where.append("sv.status = :status")
            params["status"] = self.status
        return where, params


def _name_match(column: str, term: str) -> str:
    return f"{column} ILIKE '%{term.strip()}%'"


@router.get("")
def search_surveys(
    customer: str | None = None,
    pest: str | None = None,
    status: str | None = None,
    page: int = Query(1, ge=1),
    db: Session = Depends(get_session),
) -> list[dict]:
    where, params = SurveyFilter(customer, pest, status).clauses()
    sql = (
        "SELECT sv.id, sv.surveyed_on, c.name AS customer, s.address, sv.status,"
        " count(f.id) AS findings"
        " FROM site_surveys sv JOIN sites s ON s.id = sv.site_id"
        " JOIN customers c ON c.id = s.customer_id"
        " LEFT JOIN survey_findings f ON f.survey_id = sv.id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " GROUP BY sv.id, c.name, s.address ORDER BY sv.surveyed_on DESC"
    sql += " LIMIT :limit OFFSET :offset"
    params.update(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return [dict(r._mapping) for r in db.execute(text(sql), params)]
