"""Authentication for counties that push booking and release notices to us.

When a defendant we bonded out is re-arrested, participating county jails push
a booking notice. Each county authenticates with its own pre-shared key.
"""
from __future__ import annotations

import logging
import os
import secrets
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException, Path
from pydantic import BaseModel

log = logging.getLogger(__name__)
app = FastAPI(title="county-booking-feed")

SUPPORTED_EVENTS = {"booked", "released", "transferred"}


class BookingNotice(BaseModel):
    booking_number: str
    last_name: str
    first_name: str
    dob: str
    event: str
    occurred_at: datetime


class CountyKeys:
    def __init__(self, keys: dict[str, str]):
        self._keys = keys

    @classmethod
    def from_env(cls) -> "CountyKeys":
        prefix = "COUNTY_FEED_KEY_"
        return cls({k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix)})

    def get(self, county: str) -> str | None:
        return self._keys.get(county.lower())

    @staticmethod
    def matches(presented: str, expected: str) -> bool:
        return secrets.compare_digest(presented.encode("utf-8"), expected.encode("utf-8"))


KEYS = CountyKeys.from_env()


def authenticated_county(county: str = Path(...), x_county_key: str = Header(default="")) -> str:
    expected = KEYS.get(county)
    if expected is None or not KEYS.matches(x_county_key, expected):
        raise HTTPException(status_code=401, detail="invalid county credentials")
    return county.lower()


@app.post("/counties/{county}/bookings")
def booking_notice(notice: BookingNotice, county: str = Depends(authenticated_county)):
    if notice.event not in SUPPORTED_EVENTS:
        raise HTTPException(status_code=422, detail="unsupported event")
    if notice.event == "booked":
        log.warning("re-arrest notice from %s: booking %s", county, notice.booking_number)
    from .alerts import queue_agent_alert
    queue_agent_alert(county=county, notice=notice.model_dump())
    return {"accepted": True}
