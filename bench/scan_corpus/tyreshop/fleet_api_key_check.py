"""API key authentication for the fleet customer integration API.

Large fleet customers pull their service history and push vehicle lists
through an API. Keys are shown once at creation; only a SHA-256 digest of
the key is kept, looked up by the key's public prefix.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException

from fleetapi.repository import ApiKeyRecord, find_key_by_prefix, store_key

app = FastAPI(title="fleet-integration")

PREFIX_LEN = 8


@dataclass(frozen=True)
class FleetPrincipal:
    fleet_account_id: int
    scopes: frozenset[str]


def _digest(raw_key: str) -> bytes:
    return hashlib.sha256(raw_key.encode("utf-8")).digest()


def issue_key(fleet_account_id: int, scopes: set[str]) -> str:
    raw = "flt_" + secrets.token_urlsafe(32)
    store_key(
        ApiKeyRecord(
            prefix=raw[:PREFIX_LEN],
            digest=_digest(raw),
            fleet_account_id=fleet_account_id,
            scopes=sorted(scopes),
        )
    )
    return raw


def authenticate(x_api_key: str = Header(default="")) -> FleetPrincipal:
    if len(x_api_key) <= PREFIX_LEN:
        raise HTTPException(status_code=401)
    record = find_key_by_prefix(x_api_key[:PREFIX_LEN])
    if record is None or record.revoked:
        raise HTTPException(status_code=401)
    if not hmac.compare_digest(_digest(x_api_key), record.digest):
        raise HTTPException(status_code=401)
    return FleetPrincipal(record.fleet_account_id, frozenset(record.scopes))


@app.get("/v1/vehicles/{plate}/service-history")
def service_history(plate: str, principal: FleetPrincipal = Depends(authenticate)):
    from fleetapi.history import history_for_plate

    if "history:read" not in principal.scopes:
        raise HTTPException(status_code=403)
    return history_for_plate(principal.fleet_account_id, plate.upper())
