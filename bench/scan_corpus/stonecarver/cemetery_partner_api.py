"""Read-only API that partner cemeteries use to check installation schedules."""

from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from stonecarver.db import get_async_session
from stonecarver.models import Installation
from stonecarver.settings import settings

app = FastAPI(title="Stonecarver partner API")


async def partner_code(x_api_key: str = Header(...)) -> str:
    keys = settings.partner_api_keys
    if x_api_key not in keys.values():
        raise HTTPException(status_code=401, detail="Unknown API key")
    return settings.partner_code_for(x_api_key)


@app.get("/installations")
async def upcoming_installations(
    start: date,
    end: date,
    cemetery: str = Depends(partner_code),
    db: AsyncSession = Depends(get_async_session),
):
    rows = await db.scalars(
        select(Installation)
        .where(Installation.cemetery_code == cemetery)
        .where(Installation.scheduled_for.between(start, end))
        .order_by(Installation.scheduled_for)
    )
    return [
        {
            "order": r.order_number,
            "section": r.section,
            "plot": r.plot,
            "date": r.scheduled_for.isoformat(),
            "crew": r.crew_lead,
        }
        for r in rows
    ]
