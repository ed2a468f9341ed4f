"""Authenticate calls to the fleet smart-charging API (charging profiles for depots)."""
from __future__ import annotations

import hmac
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel, Field

API_KEY_FILE = Path("/run/secrets/smart_charging_api_key")
API_KEY_HEADER = "X-Api-Key"

app = FastAPI(title="VoltGrid Smart Charging")


@lru_cache(maxsize=1)
def _configured_key() -> str:
    key = API_KEY_FILE.read_text(encoding="utf-8").strip()
    if len(key) < 32:
        raise RuntimeError("smart charging api key is too short")
    return key


def require_api_key(x_api_key: str = Header(default="", alias=API_KEY_HEADER)) -> None:
    if not hmac.compare_digest(x_api_key.encode(), _configured_key().encode()):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid api key")


class ChargingProfile(BaseModel):
    depot_id: str
    max_kw: float = Field(gt=0, le=5000)
    valid_from: str
    valid_to: str


_profiles: dict[str, ChargingProfile] = {}


@app.put("/depots/{depot_id}/profile", dependencies=[Depends(require_api_key)])
def set_profile(depot_id: str, profile: ChargingProfile) -> dict:
    if profile.depot_id != depot_id:
        raise HTTPException(status_code=422, detail="depot id mismatch")
    _profiles[depot_id] = profile
    return {"depot_id": depot_id, "max_kw": profile.max_kw}


@app.get("/depots/{depot_id}/profile", dependencies=[Depends(require_api_key)])
def get_profile(depot_id: str) -> ChargingProfile:
    if depot_id not in _profiles:
        raise HTTPException(status_code=404)
    return _profiles[depot_id]
