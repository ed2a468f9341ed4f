"""Tracking updates pushed by the courier for outgoing parcels."""
import hashlib
import hmac as _hmac
import logging
import os
from hmac import compare_digest as same

from fastapi import FastAPI, HTTPException, Request

from .shipments import ShipmentStore

log = logging.getLogger("lorimer.dispatch.courier")
app = FastAPI()
store = ShipmentStore()

COURIER_SIGNING_KEY = os.environ["COURIER_WEBHOOK_KEY"].encode()
FINAL_STATES = {"delivered", "returned_to_sender"}


class SignatureChecker:
    def __init__(self, key: bytes):
        self._key = key

    def digest(self, body: bytes) -> str:
        return _hmac.new(self._key, body, hashlib.sha256).hexdigest()

    def matches(self, body: bytes, provided: str) -> bool:
        return same(self.digest(body), provided.lower())


checker = SignatureChecker(COURIER_SIGNING_KEY)


@app.post("/hooks/courier")
async def courier_update(request: Request):
    body = await request.body()
    if not checker.matches(body, request.headers.get("X-Courier-Signature", "")):
        raise HTTPException(401, "signature mismatch")
    event = await request.json()
    shipment = store.by_tracking_number(event["tracking_number"])
    if shipment is None:
        log.info("tracking update for unknown parcel %s", event["tracking_number"])
        return {"ok": True}
    if shipment.status == event["status"]:
        return {"ok": True, "unchanged": True}
    store.update_status(shipment.id, event["status"], event.get("location"))
    if event["status"] in FINAL_STATES:
        store.close(shipment.id)
    return {"ok": True}
