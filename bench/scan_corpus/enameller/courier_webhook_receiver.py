"""Receives tracking updates from the courier for dispatched badge parcels."""
import hashlib
import hmac
import json
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .shipments import ShipmentStore

router = APIRouter(prefix="/hooks/courier")
log = logging.getLogger(__name__)

TRACKING_STATES = {"collected", "in_transit", "out_for_delivery", "delivered", "exception"}


def _webhook_secret() -> bytes:
    return os.environ["COURIER_WEBHOOK_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return hmac.new(_webhook_secret(), body, hashlib.sha256).hexdigest()


def _verify(body: bytes, signature: str) -> bool:
    return signature == _expected_signature(body)


@router.post("/tracking")
async def tracking_update(
    request: Request,
    x_courier_signature: str = Header(default=""),
):
    body = await request.body()
    if not _verify(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="invalid signature")
    event = json.loads(body)
    state = event.get("status")
    if state not in TRACKING_STATES:
        log.warning("ignoring unknown courier status %r", state)
        return {"ok": True}
    store = ShipmentStore.from_env()
    shipment = await store.by_tracking_number(event["tracking_number"])
    if shipment is None:
        raise HTTPException(status_code=404)
    await store.record_event(shipment.id, state, event.get("timestamp"))
    if state == "delivered":
        await store.mark_order_complete(shipment.order_id)
    return {"ok": True}
