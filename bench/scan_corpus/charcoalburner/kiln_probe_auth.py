"""Authentication for thermocouple loggers posting kiln temperatures.

Each logger is provisioned with a serial and a per-device key; the key is
stored in the device registry file written by the provisioning tool.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel


@dataclass
class ProbeDevice:
    serial: str
    kiln_id: int
    _api_key: str = field(repr=False)

    @property
    def api_key(self) -> str:
        return self._api_key

    def accepts(self, presented: str) -> bool:
        return secrets.compare_digest(presented.encode(), self.api_key.encode())


class ProbeRegistry:
    def __init__(self, path: Path) -> None:
        entries = json.loads(path.read_text())
        self._devices = {
            e["serial"]: ProbeDevice(e["serial"], e["kiln_id"], e["api_key"]) for e in entries
        }

    def authenticate(self, serial: str, presented: str) -> Optional[ProbeDevice]:
        device = self._devices.get(serial)
        if device is None or not device.accepts(presented):
            return None
        return device


app = FastAPI(title="kiln-probe-gateway")
registry = ProbeRegistry(Path("/etc/kilnprobe/devices.json"))


def probe_device(x_probe_serial: str = Header(...), x_probe_key: str = Header(...)) -> ProbeDevice:
    device = registry.authenticate(x_probe_serial, x_probe_key)
    if device is None:
        raise HTTPException(status_code=401, detail="unknown device or bad key")
    return device


class Reading(BaseModel):
    taken_at: datetime
    position: str
    celsius: float


@app.post("/v1/readings", status_code=202)
def ingest(readings: list[Reading], device: ProbeDevice = Depends(probe_device)) -> dict:
    store = app.state.reading_store
    accepted = store.append(device.kiln_id, [r.model_dump() for r in readings])
    return {"kiln_id": device.kiln_id, "accepted": accepted}
