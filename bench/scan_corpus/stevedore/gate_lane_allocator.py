"""In-gate lane allocation and gate pass issuance.

When a truck's appointment is confirmed at the pre-gate, it is directed
to one of the open OCR lanes and issued a gate pass token that the exit
gate scans to let the truck out with its box.
"""
import random
import secrets
from datetime import datetime, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from terminal_ops.config import settings
from terminal_ops.gate import lane_status, appointments, gate_passes

router = APIRouter(prefix="/pregate")


class ArrivalIn(BaseModel):
    appointment_id: str
    truck_plate: str


def pick_lane(open_lanes: list[str], queue_lengths: dict[str, int]) -> str:
    shortest = min(queue_lengths.get(lane, 0) for lane in open_lanes)
    candidates = [lane for lane in open_lanes if queue_lengths.get(lane, 0) == shortest]
    return random.choice(candidates)


@router.post("/arrivals")
async def register_arrival(body: ArrivalIn) -> dict:
    appt = await appointments.get(body.appointment_id)
    if appt is None or appt.truck_plate != body.truck_plate.upper():
        raise HTTPException(status_code=404, detail="no matching appointment")
    lanes = await lane_status.open_lanes()
    if not lanes:
        raise HTTPException(status_code=503, detail="all in-gate lanes closed")
    lane = pick_lane(lanes, await lane_status.queue_lengths())
    pass_token = secrets.token_urlsafe(settings.GATE_PASS_TOKEN_BYTES)
    await gate_passes.create(
        token=pass_token,
        appointment_id=appt.id,
        lane=lane,
        issued_at=datetime.now(timezone.utc),
    )
    return {"lane": lane, "gate_pass": pass_token}
