"""Delivery status callbacks from the chilled courier service."""
import base64
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

from cheesewright.shipping import update_shipment

logger = logging.getLogger(__name__)
app = FastAPI()

COURIER_CALLBACK_SECRET = os.environ["COURIER_CALLBACK_SECRET"].encode("utf-8")


def expected_signature(body: bytes) -> str:
    mac = hmac.new(COURIER_CALLBACK_SECRET, body, hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def signature_matches(body: bytes, supplied: str) -> bool:
    return hmac.compare_digest(expected_signature(body), supplied or "")


@app.post("/callbacks/courier")
async def courier_callback(request: Request, x_courier_signature: str = Header(default="")):
    body = await request.body()
    if not signature_matches(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    consignment = event.get("consignment_number")
    status = event.get("status")
    temperature = event.get("parcel_temperature_c")
    update_shipment(consignment, status=status, temperature_c=temperature)
    if temperature is not None and temperature > 8:
        logger.warning("Consignment %s reported at %.1fC", consignment, temperature)
    return {"ok": True}
