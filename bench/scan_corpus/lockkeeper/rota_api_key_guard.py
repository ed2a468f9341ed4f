"""API key guard for the rota calendar feed used by lock cottage displays."""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from fastapi import Depends, FastAPI, HTTPException, Security, status
from fastapi.security import APIKeyHeader

from rota.queries import shifts_between

app = FastAPI(title="Rota display feed")
api_key_header = APIKeyHeader(name="X-Display-Key", auto_error=False)


@dataclass(frozen=True)
class FeedSettings:
    display_key: str
    horizon_days: int = 14


@lru_cache
def get_settings() -> FeedSettings:
    return FeedSettings(
        display_key=os.environ["ROTA_DISPLAY_KEY"],
        horizon_days=int(os.environ.get("ROTA_HORIZON_DAYS", "14")),
    )


def require_display_key(
    presented: str | None = Security(api_key_header),
    settings: FeedSettings = Depends(get_settings),
) -> None:
    if presented is None or not secrets.compare_digest(
        presented.encode("utf-8"), settings.display_key.encode("utf-8")
    ):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "display key required")


@app.get("/feed/{lock_id}", dependencies=[Depends(require_display_key)])
def rota_feed(lock_id: str, settings: FeedSettings = Depends(get_settings)):
    start = date.today()
    end = start + timedelta(days=settings.horizon_days)
    shifts = shifts_between(lock_id, start, end)
    return {
        "lock_id": lock_id,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "shifts": [
            {"date": s.day.isoformat(), "slot": s.slot, "keeper": s.keeper_first_name}
            for s in shifts
        ],
    }
