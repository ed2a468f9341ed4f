"""Monthly disposal volume report for the operations dashboard."""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Query
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from knacker.db import get_session

router = APIRouter()

GROUPINGS = {
    "species": "c.species_code",
    "depot": "v.depot_code",
    "plant": "d.disposal_plant_id",
}


def _report_sql(group_column: str) -> str:
    return f"""
        SELECT {group_column} AS bucket,
               count(*) AS carcasses,
               sum(c.weight_kg) AS total_kg
        FROM carcasses c
        JOIN collections v ON v.id = c.collection_id
        JOIN disposals d ON d.carcass_id = c.id
        WHERE d.disposed_on BETWEEN :start AND :end
        GROUP BY {group_column}
        ORDER BY total_kg DESC
    """


@router.get("/reports/disposal-volume")
async def disposal_volume(
    start: date,
    end: date,
    group_by: str = Query("species"),
    session: AsyncSession = Depends(get_session),
):
    column = GROUPINGS.get(group_by)
    if column is None:
        raise HTTPException(status_code=422, detail=f"group_by must be one of {sorted(GROUPINGS)}")
    result = await session.execute(text(_report_sql(column)), {"start": start, "end": end})
    return [dict(row._mapping) for row in result]
