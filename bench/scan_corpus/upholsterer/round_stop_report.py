"""Report of collections and deliveries by postcode district for the round planner.

The planner picks a handful of postcode districts on the map and gets the
outstanding stops in those areas to build next week's rounds.
"""
from datetime import date

from fastapi import APIRouter, Depends, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session

router = APIRouter(prefix="/rounds/report")


def _district_list(districts: list[str]) -> str:
    cleaned = [d.strip().upper() for d in districts if d.strip()]
    return ", ".join(f"'{d}'" for d in cleaned)


async def outstanding_stops(session: AsyncSession, districts: list[str], week_start: date):
    sql = text(
        "SELECT j.id, j.reference, j.kind, a.postcode, a.postcode_district, j.window_start "
        "FROM round_jobs j JOIN addresses a ON a.id = j.address_id "
        f"WHERE a.postcode_district IN ({_district_list(districts)}) "
        "AND j.round_id IS NULL AND j.window_start >= :week_start "
        "ORDER BY a.postcode_district, j.window_start"
    )
    result = await session.execute(sql, {"week_start": week_start})
    return [dict(row._mapping) for row in result]


@router.get("/outstanding")
async def outstanding(
    district: list[str] = Query(..., min_length=1),
    week_start: date = Query(...),
    session: AsyncSession = Depends(get_session),
):
    rows = await outstanding_stops(session, district, week_start)
    summary: dict[str, dict[str, int]] = {}
    for row in rows:
        bucket = summary.setdefault(row["postcode_district"], {"collect": 0, "deliver": 0})
        bucket[row["kind"]] = bucket.get(row["kind"], 0) + 1
    return {"stops": rows, "summary": summary}
