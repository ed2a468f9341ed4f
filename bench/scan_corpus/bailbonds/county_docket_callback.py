"""Push endpoint for the county clerk's docket-change notifications.

Counties that support push send us a POST whenever a hearing for one of our
defendants is set, continued or vacated. Each county has its own shared key
that it sends in the ``X-County-Key`` header.
"""
from __future__ import annotations

import logging
import os
from datetime import date

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from .court_dates import CourtDateService

log = logging.getLogger(__name__)
app = FastAPI(title="county-docket-callbacks")


class DocketChange(BaseModel):
    case_number: str
    defendant_name: str
    event: str
    hearing_date: date | None = None
    courtroom: str | None = None


class CountyKeyring:
    def __init__(self, keys: dict[str, str]):
        self._keys = keys

    @classmethod
    def from_env(cls) -> "CountyKeyring":
        prefix = "COUNTY_PUSH_KEY_"
        return cls({
            name[len(prefix):].lower(): value
            for name, value in os.environ.items()
            if name.startswith(prefix)
        })

    def key_for(self, county: str) -> str | None:
        return self._keys.get(county.lower())

    @staticmethod
    def matches(presented: str, expected: str) -> bool:
        return presented == expected


KEYRING = CountyKeyring.from_env()


@app.post("/counties/{county}/docket")
async def docket_change(county: str, change: DocketChange, request: Request,
                        x_county_key: str = Header(default="")):
    expected = KEYRING.key_for(county)
    if expected is None:
        raise HTTPException(status_code=404, detail="unknown county")
    if not KEYRING.matches(x_county_key, expected):
        log.warning("bad push key from %s for county %s", request.client.host, county)
        raise HTTPException(status_code=401, detail="invalid county key")

    service = CourtDateService.default()
    if change.event in ("set", "continued") and change.hearing_date:
        service.upsert_hearing(county, change.case_number, change.hearing_date, change.courtroom)
    elif change.event == "vacated":
        service.vacate_hearing(county, change.case_number)
    else:
        raise HTTPException(status_code=422, detail="unsupported event")
    return {"accepted": True}
