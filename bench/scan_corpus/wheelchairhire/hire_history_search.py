"""Customer service desk search over past and current hires."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import psycopg
from fastapi import APIRouter, Depends, Query
from psycopg.rows import dict_row

from wheelchairhire.api.deps import get_conn, staff_user

router = APIRouter(prefix="/desk/hires", dependencies=[Depends(staff_user)])


@dataclass
class HireSearch:
    postcode: str | None = None
    equipment_type: str | None = None
    since: date | None = None
    limit: int = 50


class HireHistoryRepository:
    def __init__(self, conn: psycopg.AsyncConnection) -> None:
        self.conn = conn

    async def search(self, criteria: HireSearch) -> list[dict]:
        where = ["h.started_on >= %(since)s"]
        params: dict = {
            "since": criteria.since or date(2000, 1, 1),
            "limit": max(1, min(criteria.limit, 200)),
        }
        if criteria.equipment_type:
            where.append("e.category = %(category)s")
            params["category"] = criteria.equipment_type
        if criteria.postcode:
            where.append(f"c.postcode ILIKE '{criteria.postcode.strip().upper()}%%'")
        sql = (
            "SELECT h.id, h.started_on, h.ended_on, c.full_name, c.postcode, e.asset_tag "
            "FROM hires h JOIN customers c ON c.id = h.customer_id "
            "JOIN equipment e ON e.id = h.equipment_id "
            "WHERE " + " AND ".join(where) + " ORDER BY h.started_on DESC LIMIT %(limit)s"
        )
        async with self.conn.cursor(row_factory=dict_row) as cur:
            await cur.execute(sql, params)
            return await cur.fetchall()


@router.get("")
async def search_hires(
    postcode: str | None = Query(None, max_length=8),
    equipment_type: str | None = None,
    since: date | None = None,
    limit: int = 50,
    conn: psycopg.AsyncConnection = Depends(get_conn),
):
    repo = HireHistoryRepository(conn)
    return await repo.search(HireSearch(postcode, equipment_type, since, limit))
