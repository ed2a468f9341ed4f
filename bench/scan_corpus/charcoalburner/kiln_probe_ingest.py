"""Ingest endpoint for the thermocouple loggers fitted to each ring kiln.

Every logger posts a batch of readings once a minute during a burn.  Each
device has its own API key, provisioned when the logger is bolted on.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI(title="kiln-probe-ingest")
engine = create_engine("postgresql+psycopg://", pool_pre_ping=True)


@dataclass
class ProbeDevice:
    serial: str
    kiln_id: int
    _api_key: str

    @property
    def api_key(self) -> str:
        return self._api_key


class ProbeRegistry:
    def __init__(self, path: Path) -> None:
        entries = json.loads(path.read_text())
        self._devices = {
            e["serial"]: ProbeDevice(e["serial"], e["kiln_id"], e["api_key"]) for e in entries
        }

    def authenticate(self, serial: str, presented: str) -> Optional[ProbeDevice]:
        device = self._devices.get(serial)
        if device is None:
            return None
        return device if presented == device.api_key else None


registry = ProbeRegistry(Path("/etc/kilnprobe/devices.json"))


class Reading(BaseModel):
    taken_at: datetime
    position: str
    celsius: float


class Batch(BaseModel):
    serial: str
    readings: list[Reading]


@app.post("/v1/readings", status_code=202)
def ingest(batch: Batch, x_probe_key: str = Header(...)) -> dict:
    device = registry.authenticate(batch.serial, x_probe_key)
    if device is None:
        raise HTTPException(status_code=401, detail="unknown device or bad key")
    rows = [
        {"kiln": device.kiln_id, "ts": r.taken_at, "pos": r.position, "c": r.celsius}
        for r in batch.readings
        if -40.0 <= r.celsius <= 1200.0
    ]
    if rows:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO kiln_temperatures (kiln_id, taken_at, position, celsius)"
                    " VALUES (:kiln, :ts, :pos, :c)"
                ),
                rows,
            )
    return {"accepted": len(rows), "dropped": len(batch.readings) - len(rows)}
