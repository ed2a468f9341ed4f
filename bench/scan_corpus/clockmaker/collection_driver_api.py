"""API used by the courier firm's driver app.

Drivers mark clocks as collected or delivered; each courier depot is issued
its own key, which the app sends in a header.
"""
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from clockmaker.config import get_settings
from clockmaker.tracking import record_handover

app = FastAPI(title="Clockmaker courier API")


class Handover(BaseModel):
    ticket_number: str
    event: str
    signed_by: str | None = None


def _accepted_keys() -> list[str]:
    settings = get_settings()
    return [depot.api_key for depot in settings.courier_depots if depot.enabled]


async def require_depot_key(x_courier_key: str = Header(...)) -> str:
    if x_courier_key not in _accepted_keys():
        raise HTTPException(status_code=401, detail="Unknown courier key")
    return x_courier_key


@app.post("/handover")
async def handover(event: Handover, key: str = Depends(require_depot_key)):
    if event.event not in {"collected", "delivered", "failed_attempt"}:
        raise HTTPException(status_code=422, detail="Unsupported event")
    await record_handover(
        ticket_number=event.ticket_number,
        event=event.event,
        signed_by=event.signed_by,
        at=datetime.now(timezone.utc),
    )
    return {"ok": True}
