"""Open-data endpoints for plough positions, embedded by third-party map widgets."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware


@dataclass(frozen=True)
class OpenDataPolicy:
    """Anonymous read-only data; widgets on any site may fetch it without cookies."""

    origins: tuple[str, ...] = ("*",)
    with_credentials: bool = False
    methods: tuple[str, ...] = ("GET", "HEAD")

    def middleware_kwargs(self) -> dict[str, Any]:
        return {
            "allow_origins": list(self.origins),
            "allow_credentials": self.with_credentials,
            "allow_methods": list(self.methods),
            "allow_headers": [],
            "max_age": 3600,
        }


class PositionCache:
    def __init__(self, delay: timedelta) -> None:
        self.delay = delay
        self._positions: dict[str, dict[str, Any]] = {}

    def update(self, unit_id: str, lat: float, lon: float, at: datetime) -> None:
        self._positions[unit_id] = {"unit": unit_id, "lat": round(lat, 4), "lon": round(lon, 4), "at": at}

    def published(self) -> list[dict[str, Any]]:
        cutoff = datetime.now(timezone.utc) - self.delay
        return [p for p in self._positions.values() if p["at"] <= cutoff]


policy = OpenDataPolicy()
cache = PositionCache(timedelta(minutes=int(os.environ.get("OPEN_DATA_DELAY_MIN", "5"))))
app = FastAPI(title="Plough positions (open data)")
app.add_middleware(CORSMiddleware, **policy.middleware_kwargs())


@app.get("/open/ploughs")
def ploughs(district: str | None = Query(default=None, max_length=40)) -> dict[str, Any]:
    items = cache.published()
    if district:
        items = [p for p in items if p.get("district") == district]
    return {"count": len(items), "items": items}
