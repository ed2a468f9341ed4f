"""Condition survey history for a route, used by the wardens' dashboard."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg2
import psycopg2.extras
from fastapi import APIRouter, Depends, Query

from bridlepath.api.deps import get_pg, warden_required

router = APIRouter(prefix="/routes", dependencies=[Depends(warden_required)])


@dataclass
class SurveyRow:
    id: int
    surveyed_on: date
    surveyor: str
    condition_score: int
    obstructions: int
    notes: str


class SurveyReportRepository:
    def __init__(self, conn: psycopg2.extensions.connection):
        self.conn = conn

    def history(self, route_id: int, order_by: str = "surveyed_on", descending: bool = True,
                limit: int = 50) -> list[SurveyRow]:
        direction = "DESC" if descending else "ASC"
        query = (
            "SELECT s.id, s.surveyed_on, v.display_name AS surveyor, s.condition_score, "
            "s.obstructions, s.notes "
            "FROM surveys s JOIN volunteers v ON v.id = s.surveyor_id "
            "WHERE s.route_id = %%s ORDER BY %s %s LIMIT %%s" % (order_by, direction)
        )
        with self.conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(query, (route_id, limit))
            return [SurveyRow(**dict(r)) for r in cur.fetchall()]

    def latest_score(self, route_id: int) -> int | None:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT condition_score FROM surveys WHERE route_id = %s "
                "ORDER BY surveyed_on DESC LIMIT 1",
                (route_id,),
            )
            row = cur.fetchone()
        return row[0] if row else None


@router.get("/{route_id}/surveys")
def survey_history(
    route_id: int,
    sort: str = Query("surveyed_on"),
    desc: bool = True,
    limit: int = Query(50, le=200),
    conn=Depends(get_pg),
):
    repo = SurveyReportRepository(conn)
    rows = repo.history(route_id, order_by=sort, descending=desc, limit=limit)
    return {"route_id": route_id, "latest": repo.latest_score(route_id), "surveys": rows}
