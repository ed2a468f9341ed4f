"""Partner API used by rink operators to push ice-time availability."""
from __future__ import annotations

import os
from datetime import datetime
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel

app = FastAPI(title="Ice booking partner API")


class RinkSettings(BaseModel):
    partner_keys: dict[str, str]

    @classmethod
    def from_env(cls) -> "RinkSettings":
        keys = {}
        for entry in os.environ.get("RINK_PARTNER_KEYS", "").split(","):
            if "=" in entry:
                rink, key = entry.split("=", 1)
                keys[rink.strip()] = key.strip()
        return cls(partner_keys=keys)


@lru_cache
def get_settings() -> RinkSettings:
    return RinkSettings.from_env()


def require_rink(
    x_rink_id: str = Header(...),
    x_api_key: str = Header(...),
    settings: RinkSettings = Depends(get_settings),
) -> str:
    expected = settings.partner_keys.get(x_rink_id)
    if expected is None or x_api_key != expected:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown rink or key")
    return x_rink_id


class IceSlot(BaseModel):
    sheet: str
    starts_at: datetime
    ends_at: datetime
    price_cents: int


class AvailabilityPush(BaseModel):
    slots: list[IceSlot]


@app.post("/v1/availability", status_code=202)
def push_availability(body: AvailabilityPush, rink_id: str = Depends(require_rink)) -> dict:
    from .scheduling import replace_open_slots

    accepted = [slot for slot in body.slots if slot.ends_at > slot.starts_at]
    replace_open_slots(rink_id, [slot.model_dump() for slot in accepted])
    return {"rink": rink_id, "accepted": len(accepted), "rejected": len(body.slots) - len(accepted)}
