"""Ingest endpoint for per-site telemetry (water flow, pump pressure, bay counts)."""
from __future__ import annotations

import json
import os
from typing import Dict, List

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI(title="site-telemetry")


class Reading(BaseModel):
    metric: str
    value: float
    ts: int


class SiteKeyRegistry:
    """Per-site ingest keys provisioned by the fleet team."""

    def __init__(self, keys: Dict[str, str]) -> None:
        self._keys = keys

    @classmethod
    def from_file(cls, path: str) -> "SiteKeyRegistry":
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    def matches(self, site_code: str, presented: str) -> bool:
        expected = self._keys.get(site_code)
        return expected is not None and expected == presented


registry = SiteKeyRegistry.from_file(os.environ["TELEMETRY_KEYS_FILE"])


def authorised_site(
    x_site_code: str = Header(...),
    x_ingest_key: str = Header(...),
) -> str:
    if not registry.matches(x_site_code, x_ingest_key):
        raise HTTPException(status_code=403, detail="unknown site or key")
    return x_site_code


BUFFER: Dict[str, List[Reading]] = {}


@app.post("/ingest")
def ingest(readings: List[Reading], site: str = Depends(authorised_site)) -> dict:
    BUFFER.setdefault(site, []).extend(readings)
    return {"accepted": len(readings)}


@app.get("/sites/{site}/latest")
def latest(site: str, caller: str = Depends(authorised_site)) -> dict:
    if caller != site:
        raise HTTPException(status_code=403, detail="cross-site read")
    readings = BUFFER.get(site, [])
    return {r.metric: r.value for r in readings[-50:]}
