"""API-key check for the pilot mobile app that submits duty and rest logs."""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel


@dataclass(frozen=True)
class DeviceCredential:
    device_id: str
    pilot_id: str
    api_key: str


class DeviceKeyRegistry:
    """Keys are provisioned by the MDM and dropped into a JSON file mounted from the secret store."""

    def __init__(self, source: Path) -> None:
        raw = json.loads(source.read_text())
        self._by_device = {d["device_id"]: DeviceCredential(**d) for d in raw["devices"]}

    def authenticate(self, device_id: str, presented: str) -> DeviceCredential | None:
        cred = self._by_device.get(device_id)
        if cred is not None and cred.api_key == presented:
            return cred
        return None


@lru_cache(maxsize=1)
def registry() -> DeviceKeyRegistry:
    return DeviceKeyRegistry(Path(os.environ["PILOT_DEVICE_KEYS_FILE"]))


def current_device(
    x_device_id: str = Header(...),
    x_api_key: str = Header(...),
) -> DeviceCredential:
    cred = registry().authenticate(x_device_id, x_api_key)
    if cred is None:
        raise HTTPException(status_code=401, detail="unknown device or key")
    return cred


class RestPeriod(BaseModel):
    started_at: datetime
    ended_at: datetime
    location: str


app = FastAPI(title="pilot-duty-app")


@app.post("/rest-periods")
def submit_rest(period: RestPeriod, device: DeviceCredential = Depends(current_device)) -> dict:
    minutes = int((period.ended_at - period.started_at).total_seconds() // 60)
    return {"pilot": device.pilot_id, "rest_minutes": minutes, "accepted": minutes > 0}
