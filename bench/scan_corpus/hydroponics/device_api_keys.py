"""API key authentication for sensor hubs that post readings to the ingestion service."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, HTTPException, Request, status


@dataclass(frozen=True)
class HubKeyRecord:
    hub_id: str
    key_digest: bytes
    farm_id: str


class HubKeyring:
    pepper_env = "HUB_KEY_PEPPER"

    def __init__(self, records: dict[str, HubKeyRecord]) -> None:
        self._records = records
        self._pepper = os.environ[self.pepper_env].encode("utf-8")

    def fingerprint(self, raw_key: str) -> bytes:
        return hmac.new(self._pepper, raw_key.encode("utf-8"), hashlib.sha256).digest()

    def issue(self, hub_id: str, farm_id: str) -> str:
        raw_key = secrets.token_urlsafe(32)
        self._records[hub_id] = HubKeyRecord(hub_id, self.fingerprint(raw_key), farm_id)
        return raw_key

    def authenticate(self, hub_id: str, raw_key: str) -> Optional[HubKeyRecord]:
        record = self._records.get(hub_id)
        if record is None:
            return None
        if hmac.compare_digest(record.key_digest, self.fingerprint(raw_key)):
            return record
        return None


keyring = HubKeyring({})
app = FastAPI()


def hub_identity(request: Request) -> HubKeyRecord:
    hub_id = request.headers.get("X-Hub-Id", "")
    raw_key = request.headers.get("X-Hub-Key", "")
    record = keyring.authenticate(hub_id, raw_key)
    if record is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown hub or key")
    return record


@app.post("/ingest/readings")
async def ingest(request: Request, hub: HubKeyRecord = Depends(hub_identity)) -> dict:
    rows = await request.json()
    return {"hub": hub.hub_id, "farm": hub.farm_id, "accepted": len(rows)}
