"""Search roof surveys by postcode district for route planning.

Surveyors plan their day by picking a handful of postcode districts; the
endpoint returns outstanding surveys in those areas with roof type and pitch.
"""
from typing import List

from fastapi import FastAPI, Query
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from .config import settings

engine = create_async_engine(settings.surveys_db_url, pool_size=5)
app = FastAPI()


class SurveySummary(BaseModel):
    survey_ref: str
    address: str
    district: str
    roof_type: str
    pitch_deg: float | None


def _district_clause(districts: List[str]) -> str:
    quoted = ", ".join(f"'{d.strip().upper()}'" for d in districts)
    return f"district IN ({quoted})"


async def outstanding_in(districts: List[str]) -> List[SurveySummary]:
    stmt = text(
        "SELECT survey_ref, address, district, roof_type, pitch_deg "
        "FROM surveys WHERE status = 'booked' AND " + _district_clause(districts) +
        " ORDER BY district, address"
    )
    async with engine.connect() as conn:
        result = await conn.execute(stmt)
        return [SurveySummary(**row._mapping) for row in result]


@app.get("/surveys/outstanding", response_model=List[SurveySummary])
async def list_outstanding(district: List[str] = Query(..., max_length=10)):
    return await outstanding_in(district)
