"""API used by the delivery drivers' handheld app.

Drivers post keg drop-offs and pick-ups along their route. The handheld
app authenticates with a per-fleet API key in the X-Fleet-Key header.
"""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DELIVERY_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI(title="driver-api")


class FleetKeyCheck:
    """Checks the key the handheld app presents against the configured one."""

    def __init__(self, expected: str):
        self._expected = expected

    def matches(self, presented: str) -> bool:
        return bool(presented) and presented == self._expected

    def __call__(self, x_fleet_key: str = Header(default="")) -> None:
        if not self.matches(x_fleet_key):
            raise HTTPException(status_code=401, detail="unknown fleet key")


require_fleet_key = FleetKeyCheck(os.environ["DRIVER_FLEET_KEY"])


class KegStop(BaseModel):
    route_id: int
    account_code: str = Field(max_length=16)
    delivered_serials: list[str] = []
    collected_serials: list[str] = []
    stopped_at: datetime


@app.post("/stops", dependencies=[Depends(require_fleet_key)])
def record_stop(stop: KegStop):
    with engine.begin() as conn:
        for serial in stop.delivered_serials:
            conn.execute(
                text("UPDATE kegs SET location = :acct, status = 'full', moved_at = :ts"
                     " WHERE serial = :serial"),
                {"acct": stop.account_code, "ts": stop.stopped_at, "serial": serial},
            )
        for serial in stop.collected_serials:
            conn.execute(
                text("UPDATE kegs SET location = 'truck', status = 'empty', moved_at = :ts"
                     " WHERE serial = :serial"),
                {"ts": stop.stopped_at, "serial": serial},
            )
    return {"delivered": len(stop.delivered_serials), "collected": len(stop.collected_serials)}


@app.get("/routes/{route_id}/stops", dependencies=[Depends(require_fleet_key)])
def route_stops(route_id: int):
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT account_code, address, window_start FROM route_stops"
                 " WHERE route_id = :rid ORDER BY position"),
            {"rid": route_id},
        ).mappings().all()
    return [dict(r) for r in rows]
