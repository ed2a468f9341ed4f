"""Imports the running order for a flying display from the show organiser.

Organisers upload a YAML file describing arena slots, commentary cues and
which of our birds they would like in each slot.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import time

import yaml
from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from .auth import require_staff
from .bookings import get_booking, save_running_order

router = APIRouter(prefix="/displays", tags=["displays"])
log = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 256 * 1024


@dataclass
class DisplaySlot:
    start: time
    minutes: int
    bird: str
    commentary: str = ""
    lure_flying: bool = False


@dataclass
class RunningOrder:
    booking_id: int
    arena: str
    slots: list[DisplaySlot] = field(default_factory=list)


def parse_running_order(booking_id: int, raw: bytes) -> RunningOrder:
    document = yaml.load(raw, Loader=yaml.Loader)
    if not isinstance(document, dict) or "slots" not in document:
        raise ValueError("running order must be a mapping with a 'slots' list")
    order = RunningOrder(booking_id=booking_id, arena=str(document.get("arena", "main")))
    for entry in document["slots"]:
        hh, mm = str(entry["start"]).split(":")
        order.slots.append(
            DisplaySlot(
                start=time(int(hh), int(mm)),
                minutes=int(entry.get("minutes", 10)),
                bird=str(entry["bird"]),
                commentary=str(entry.get("commentary", "")),
                lure_flying=bool(entry.get("lure_flying", False)),
            )
        )
    return order


@router.post("/{booking_id}/running-order")
async def upload_running_order(booking_id: int, file: UploadFile = File(...),
                               staff=Depends(require_staff)):
    booking = get_booking(booking_id)
    if booking is None:
        raise HTTPException(status_code=404, detail="booking not found")
    raw = await file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    try:
        order = parse_running_order(booking_id, raw)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        raise HTTPException(status_code=422, detail=f"invalid running order: {exc}")
    save_running_order(order)
    log.info("running order for booking %s imported by %s (%d slots)",
             booking_id, staff.username, len(order.slots))
    return {"booking_id": booking_id, "slots": len(order.slots)}
