"""Authenticates registered field tablets calling the job-sheet sync API."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="job-sheet-sync")


@dataclass(frozen=True)
class RegisteredDevice:
    device_id: str
    technician_badge: str
    api_key: str
    active: bool = True

    def accepts(self, presented_key: str) -> bool:
        return self.active and self.api_key == presented_key


class DeviceRegistry:
    def __init__(self) -> None:
        self._devices: dict[str, RegisteredDevice] = {}

    def load(self, rows: list[dict]) -> None:
        for row in rows:
            self._devices[row["device_id"]] = RegisteredDevice(
                device_id=row["device_id"],
                technician_badge=row["badge"],
                api_key=row["api_key"],
                active=row.get("active", True),
            )

    def get(self, device_id: str) -> RegisteredDevice | None:
        return self._devices.get(device_id)


registry = DeviceRegistry()


def current_device(
    x_device_id: str = Header(...),
    x_device_key: str = Header(...),
) -> RegisteredDevice:
    device = registry.get(x_device_id)
    if device is None or not device.accepts(x_device_key):
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown device")
    return device


@app.get("/v1/jobs/today")
def todays_jobs(device: RegisteredDevice = Depends(current_device)) -> dict:
    return {"technician": device.technician_badge, "jobs": []}


@app.post("/v1/jobs/{job_id}/complete")
def complete_job(job_id: int, payload: dict,
                 device: RegisteredDevice = Depends(current_device)) -> dict:
    checksum = hashlib.sha256(repr(sorted(payload.items())).encode()).hexdigest()
    return {"job_id": job_id, "accepted": True, "receipt": checksum[:12]}
