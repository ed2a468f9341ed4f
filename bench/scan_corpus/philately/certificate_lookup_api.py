"""Partner API that lets other dealers check whether one of our certificates is genuine."""
from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException

app = FastAPI(title="Certificate lookup")


@dataclass(frozen=True)
class PartnerKey:
    partner: str
    key_sha256: str


def load_partner_keys() -> dict[str, PartnerKey]:
    entries = os.environ.get("CERT_API_PARTNER_KEYS", "")
    keys: dict[str, PartnerKey] = {}
    for entry in filter(None, entries.split(",")):
        partner, digest = entry.split(":", 1)
        keys[partner] = PartnerKey(partner, digest)
    return keys


PARTNER_KEYS = load_partner_keys()


def authorised_partner(x_partner: str = Header(...), x_api_key: str = Header(...)) -> str:
    record = PARTNER_KEYS.get(x_partner)
    presented = hashlib.sha256(x_api_key.encode()).hexdigest()
    if record is None or not hmac.compare_digest(presented, record.key_sha256):
        raise HTTPException(status_code=401, detail="unknown partner or key")
    return record.partner


def find_certificate(number: str) -> Optional[dict]:
    from auction.certificates import repository

    return repository.by_number(number)


@app.get("/certificates/{number}")
def check_certificate(number: str, partner: str = Depends(authorised_partner)) -> dict:
    cert = find_certificate(number)
    if cert is None:
        return {"number": number, "exists": False}
    return {
        "number": number,
        "exists": True,
        "status": cert["status"],
        "revoked": cert["status"] == "revoked",
        "issued": cert["issued_on"],
        "requested_by": partner,
    }
