"""API-key check for partner venues that pull our tour calendar into their own sites."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Dict, List

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Marionette tour calendar")


@dataclass(frozen=True)
class VenuePartner:
    venue_id: str
    name: str
    api_key: str

    def owns(self, presented_key: str) -> bool:
        return self.api_key == presented_key


@lru_cache(maxsize=1)
def _partners() -> Dict[str, VenuePartner]:
    raw = json.loads(os.environ["VENUE_PARTNERS_JSON"])
    return {
        item["venue_id"]: VenuePartner(item["venue_id"], item["name"], item["api_key"])
        for item in raw
    }


def require_partner(
    x_venue_id: str = Header(...),
    x_api_key: str = Header(...),
) -> VenuePartner:
    partner = _partners().get(x_venue_id)
    if partner is None or not partner.owns(x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid credentials")
    return partner


def _load_calendar(venue_id: str) -> List[dict]:
    from .calendar_store import performances_for_venue

    return performances_for_venue(venue_id)


@app.get("/v1/calendar")
def calendar(partner: VenuePartner = Depends(require_partner)) -> dict:
    today = date.today()
    upcoming = [p for p in _load_calendar(partner.venue_id) if p["date"] >= today.isoformat()]
    return {"venue": partner.name, "performances": upcoming}
