"""API key check for hotel partners calling the ticket booking API.

Each partner hotel gets an API key; the service stores only a digest of each
key and compares the presented key's digest per request.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Mapping

from fastapi import Depends, FastAPI, Header, HTTPException


@dataclass(frozen=True)
class PartnerKeyRecord:
    partner_id: str
    key_digest: bytes


class PartnerKeyring:
    def __init__(self, pepper: bytes, records: Mapping[str, PartnerKeyRecord]) -> None:
        self.pepper = pepper
        self.records = records

    def _digest(self, key: str) -> bytes:
        return hmac.new(self.pepper, key.encode(), hashlib.sha256).digest()

    def authenticate(self, partner_id: str, presented_key: str) -> PartnerKeyRecord | None:
        record = self.records.get(partner_id)
        if record is None:
            return None
        if hmac.compare_digest(self._digest(presented_key), record.key_digest):
            return record
        return None


keyring = PartnerKeyring(pepper=os.environ["PARTNER_KEY_PEPPER"].encode(), records={})
app = FastAPI(title="partner-bookings")


def current_partner(
    x_partner_id: str = Header(...),
    x_api_key: str = Header(...),
) -> PartnerKeyRecord:
    record = keyring.authenticate(x_partner_id, x_api_key)
    if record is None:
        raise HTTPException(status_code=401, detail="invalid partner credentials")
    return record


@app.get("/partner/availability")
def availability(day: str, partner: PartnerKeyRecord = Depends(current_partner)) -> dict:
    return {"partner": partner.partner_id, "day": day, "day_tickets_left": 412}
