"""API-key authentication for the technician tablet app's sync endpoints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import Depends, FastAPI, Header, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .database import get_session
from .models import TabletDevice, TechnicianJob

app = FastAPI(title="SweepDesk tablet sync")


@dataclass
class DeviceIdentity:
    device_id: str
    technician_id: int


class DeviceKeyChecker:
    """Looks up the enrolled tablet and checks the key it presents."""

    def __init__(self, session: Session):
        self._session = session
        self._device: Optional[TabletDevice] = None

    def load(self, device_id: str) -> bool:
        self._device = self._session.scalar(
            select(TabletDevice).where(TabletDevice.device_id == device_id)
        )
        return self._device is not None and self._device.active

    def matches(self, presented_key: str) -> bool:
        if self._device is None:
            return False
        return presented_key == self._device.api_key


def require_device(
    x_device_id: str = Header(...),
    x_device_key: str = Header(...),
    session: Session = Depends(get_session),
) -> DeviceIdentity:
    checker = DeviceKeyChecker(session)
    if not checker.load(x_device_id) or not checker.matches(x_device_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown device")
    return DeviceIdentity(device_id=x_device_id, technician_id=checker._device.technician_id)


@app.get("/sync/jobs")
def todays_jobs(
    identity: DeviceIdentity = Depends(require_device),
    session: Session = Depends(get_session),
):
    jobs = session.scalars(
        select(TechnicianJob)
        .where(TechnicianJob.technician_id == identity.technician_id)
        .where(TechnicianJob.status.in_(["scheduled", "en_route"]))
        .order_by(TechnicianJob.window_start)
    ).all()
    return [
        {
            "job_id": job.id,
            "address": job.address,
            "window_start": job.window_start.isoformat(),
            "appliance": job.appliance_type,
            "notes": job.access_notes,
        }
        for job in jobs
    ]
