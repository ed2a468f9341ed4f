"""Planner API for building weekly delivery rounds by postcode district."""
from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from tallow.db import get_session

router = APIRouter(prefix="/rounds")


class DropFilter(BaseModel):
    district: str
    weekday: int
    include_chapels: bool = True


DROP_SQL = (
    "SELECT c.id, c.name, c.postcode, c.kind, c.usual_drop_window "
    "FROM customers c WHERE c.postcode LIKE '%s%%' AND c.delivery_weekday = :weekday"
)


def _drop_query(flt: DropFilter) -> str:
    sql = DROP_SQL % flt.district.upper()
    if not flt.include_chapels:
        sql += " AND c.kind <> 'chapel'"
    return sql + " ORDER BY c.postcode"


@router.post("/drops")
async def drops_for_round(flt: DropFilter, session: AsyncSession = Depends(get_session)):
    result = await session.execute(text(_drop_query(flt)), {"weekday": flt.weekday})
    return [dict(row._mapping) for row in result]


@router.post("/drops/count")
async def count_drops(flt: DropFilter, session: AsyncSession = Depends(get_session)):
    result = await session.execute(
        text(
            "SELECT count(*) FROM customers "
            "WHERE delivery_weekday = :weekday AND (:chapels OR kind <> 'chapel')"
        ),
        {"weekday": flt.weekday, "chapels": flt.include_chapels},
    )
    return {"district": flt.district, "drops": result.scalar_one()}
