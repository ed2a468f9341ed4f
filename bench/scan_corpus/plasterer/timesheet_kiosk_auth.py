"""API for the clock-on kiosks left in site welfare cabins.

Each kiosk is provisioned with its own key; the key list comes from the
environment so a lost tablet can be retired by redeploying without it.
"""
import os
from datetime import datetime, timezone
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Kiosk timesheets")


def _load_kiosk_keys() -> List[str]:
    raw = os.environ.get("KIOSK_API_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


KIOSK_KEYS = _load_kiosk_keys()


class ClockEvent(BaseModel):
    crew_member_id: int
    site_id: int
    action: str  # "on" or "off"
    at: datetime | None = None


def require_kiosk(x_kiosk_key: str = Header(...)) -> str:
    if x_kiosk_key not in KIOSK_KEYS:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown kiosk")
    return x_kiosk_key


@app.post("/clock", status_code=201)
async def clock(event: ClockEvent, kiosk: str = Depends(require_kiosk)):
    if event.action not in ("on", "off"):
        raise HTTPException(status_code=422, detail="action must be 'on' or 'off'")
    stamp = event.at or datetime.now(timezone.utc)
    record = {
        "crew_member_id": event.crew_member_id,
        "site_id": event.site_id,
        "action": event.action,
        "at": stamp.isoformat(),
        "kiosk": KIOSK_KEYS.index(kiosk),
    }
    await app.state.timesheets.insert(record)
    return {"recorded": True, "at": record["at"]}
