"""Receive delivery status callbacks from the courier for gallery orders."""
import hashlib
import logging
import os
from hmac import compare_digest as same
from hmac import new as hmac_new

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel

log = logging.getLogger("framer.courier.webhook")
app = FastAPI()

CALLBACK_KEY = os.environ["COURIER_CALLBACK_KEY"].encode("utf-8")
FINAL_STATES = {"delivered", "returned_to_sender"}


class StatusEvent(BaseModel):
    booking_id: str
    reference: str
    state: str
    occurred_at: str
    signed_by: str | None = None


def _signature_for(payload: bytes) -> str:
    return hmac_new(CALLBACK_KEY, payload, hashlib.sha256).hexdigest()


async def _verified_body(request: Request) -> bytes:
    body = await request.body()
    supplied = request.headers.get("X-Courier-Signature", "")
    if not same(_signature_for(body), supplied):
        raise HTTPException(status_code=401, detail="invalid signature")
    return body


@app.post("/webhooks/courier")
async def courier_status(request: Request):
    body = await _verified_body(request)
    event = StatusEvent.model_validate_json(body)
    log.info("order %s is now %s", event.reference, event.state)

    from .orders import record_delivery_event

    await record_delivery_event(
        order_ref=event.reference,
        state=event.state,
        at=event.occurred_at,
        closes_order=event.state in FINAL_STATES,
        signed_by=event.signed_by,
    )
    return {"ok": True}
