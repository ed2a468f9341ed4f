"""Trade partner API for shopfitting firms.

Larger shopfitters push sign schedules for new store fit-outs straight
from their project tools and poll for installation dates.
"""
from datetime import date

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

from signwriter.config import settings
from signwriter.trade import partner_for_key, schedule_repository

app = FastAPI(title="Signwriter trade API")


class SignScheduleItem(BaseModel):
    store_code: str
    sign_type: str
    width_mm: int
    height_mm: int
    wording: str
    finish: str = "enamel"


async def require_partner(x_api_key: str = Header(...)) -> str:
    allowed_keys = tuple(settings.TRADE_API_KEYS)
    if x_api_key not in allowed_keys:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown API key")
    return partner_for_key(x_api_key)


@app.post("/v1/schedules/{project_code}")
async def submit_schedule(
    project_code: str,
    items: list[SignScheduleItem],
    partner: str = Depends(require_partner),
) -> dict:
    batch_id = await schedule_repository.create_batch(
        partner=partner,
        project_code=project_code,
        items=[item.model_dump() for item in items],
    )
    return {"batch_id": batch_id, "items": len(items)}


@app.get("/v1/installations")
async def upcoming_installations(
    since: date | None = None,
    partner: str = Depends(require_partner),
) -> list[dict]:
    rows = await schedule_repository.installations_for(partner, since=since)
    return [
        {"store_code": r.store_code, "install_date": r.install_date.isoformat(), "crew": r.crew_name}
        for r in rows
    ]
