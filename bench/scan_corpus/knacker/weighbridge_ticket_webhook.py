"""Receives weighbridge tickets posted by the rendering plant.

The plant signs each ticket body with HMAC-SHA256. During key rotation
two secrets are live, so a ticket is accepted if either signature matches.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from knacker.config import settings
from knacker.disposal.tickets import store_weighbridge_ticket

router = APIRouter(prefix="/hooks/weighbridge")


def _signing_keys() -> list[bytes]:
    keys = [settings.WEIGHBRIDGE_SECRET]
    if settings.WEIGHBRIDGE_SECRET_PREVIOUS:
        keys.append(settings.WEIGHBRIDGE_SECRET_PREVIOUS)
    return [k.encode() for k in keys]


def _expected_signatures(body: bytes) -> set[str]:
    return {hmac.new(key, body, hashlib.sha256).hexdigest() for key in _signing_keys()}


@router.post("/tickets", status_code=202)
async def receive_ticket(request: Request, x_plant_signature: str = Header(...)):
    body = await request.body()
    if x_plant_signature.strip().lower() not in _expected_signatures(body):
        raise HTTPException(status_code=401, detail="bad signature")
    ticket = json.loads(body)
    await store_weighbridge_ticket(
        ticket_no=ticket["ticket_no"],
        vehicle_reg=ticket["vehicle"],
        gross_kg=ticket["gross_kg"],
        tare_kg=ticket["tare_kg"],
        received_from=request.client.host if request.client else None,
    )
    return {"accepted": ticket["ticket_no"]}
