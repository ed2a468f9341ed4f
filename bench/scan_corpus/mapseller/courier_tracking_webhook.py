"""Tracking updates from the fine-art courier for framed and rolled shipments."""
import hashlib
import hmac
import json
import logging
import os
from hmac import compare_digest as same

from fastapi import FastAPI, HTTPException, Request

from .shipments import update_status

log = logging.getLogger("mapseller.shipping")
app = FastAPI()

COURIER_SECRET = os.environ.get("ARTMOVE_WEBHOOK_SECRET", "").encode()
KNOWN_STATUSES = {
    "collected", "in_transit", "customs_hold", "out_for_delivery", "delivered", "damaged",
}


def sign(payload: bytes, secret: bytes = COURIER_SECRET) -> str:
    return "sha256=" + hmac.new(secret, payload, hashlib.sha256).hexdigest()


@app.post("/webhooks/artmove")
async def artmove_update(request: Request):
    if not COURIER_SECRET:
        raise HTTPException(status_code=503, detail="webhook not configured")
    payload = await request.body()
    presented = request.headers.get("x-artmove-signature", "")
    if not same(sign(payload), presented):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(payload)
    status = event.get("status")
    if status not in KNOWN_STATUSES:
        raise HTTPException(status_code=422, detail=f"unknown status {status!r}")
    consignment = event["consignment"]
    log.info("consignment %s now %s", consignment, status)
    if status == "damaged":
        await update_status(consignment, status, note=event.get("note", ""), urgent=True)
    else:
        await update_status(consignment, status)
    return {"ok": True}
