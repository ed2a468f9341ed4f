"""Small API used by the workshop floor tablets to book work on jobs.

Each tablet is configured with a device key; keys are rotated by the
workshop manager and listed in WORKSHOP_DEVICE_KEYS (comma separated).
"""
import os
from datetime import datetime, timezone

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from .queue import ProductionQueue

app = FastAPI(title="Workshop tablets")
queue = ProductionQueue()


def _device_keys() -> list[str]:
    raw = os.environ.get("WORKSHOP_DEVICE_KEYS", "")
    return [k.strip() for k in raw.split(",") if k.strip()]


def require_device(x_device_key: str = Header(...)) -> str:
    if x_device_key not in _device_keys():
        raise HTTPException(status_code=401, detail="unknown device")
    return x_device_key[-4:]


class TimeBooking(BaseModel):
    job_id: int
    operator_badge: str
    minutes: int
    stage: str


@app.get("/jobs/next")
def next_job(station: str, device: str = Depends(require_device)):
    job = queue.peek(station)
    if job is None:
        return {"job": None}
    return {"job": {"id": job.id, "sku": job.sku, "qty": job.qty, "stage": job.stage}}


@app.post("/bookings", status_code=201)
def book_time(booking: TimeBooking, device: str = Depends(require_device)):
    if booking.minutes <= 0 or booking.minutes > 600:
        raise HTTPException(422, "minutes out of range")
    queue.book(
        job_id=booking.job_id,
        badge=booking.operator_badge,
        minutes=booking.minutes,
        stage=booking.stage,
        device_suffix=device,
        at=datetime.now(timezone.utc),
    )
    return {"ok": True}
