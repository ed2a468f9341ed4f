"""API used by the handheld scanners at the estate gates and dovecote yard.

Each scanner is provisioned with a device key; the key list is loaded
from the deployment's settings at start-up.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import List

from fastapi import Depends, FastAPI, Header, HTTPException, status
from pydantic import BaseModel


class Settings(BaseModel):
    device_keys: List[str]
    site_name: str = "Great Dovecote Yard"


def load_settings() -> Settings:
    raw = os.environ.get("GATE_SCANNER_KEYS", "")
    return Settings(device_keys=[k.strip() for k in raw.split(",") if k.strip()])


settings = load_settings()
app = FastAPI(title="Gate scanner API")


class ScanIn(BaseModel):
    ticket_barcode: str
    gate: str
    scanned_at: datetime | None = None


class ScanOut(BaseModel):
    admitted: bool
    reason: str


def require_device(x_device_key: str = Header(...)) -> str:
    if x_device_key not in settings.device_keys:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Unknown scanner")
    return x_device_key


@app.post("/scan", response_model=ScanOut)
async def record_scan(scan: ScanIn, device: str = Depends(require_device)) -> ScanOut:
    from estate.tickets.store import find_ticket, mark_admitted

    ticket = await find_ticket(scan.ticket_barcode)
    if ticket is None:
        return ScanOut(admitted=False, reason="not found")
    if ticket.admitted_at is not None:
        return ScanOut(admitted=False, reason="already used")
    when = scan.scanned_at or datetime.now(timezone.utc)
    if not (ticket.slot_start <= when <= ticket.slot_end):
        return ScanOut(admitted=False, reason="outside time slot")
    await mark_admitted(ticket.id, gate=scan.gate, at=when)
    return ScanOut(admitted=True, reason="ok")
