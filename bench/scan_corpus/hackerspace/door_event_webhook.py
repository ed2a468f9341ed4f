"""Receive door events (badge-in, forced-open, left-open) from the controller.

The controller signs each POST body with HMAC-SHA256 using a shared key and
sends the hex digest in the X-Door-Signature header.
"""
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

from .notify import post_to_matrix
from .store import record_event

log = logging.getLogger(__name__)
app = FastAPI()

_SIGNING_KEY = os.environ["DOOR_WEBHOOK_KEY"].encode()


def _sign(body: bytes, key: bytes = _SIGNING_KEY) -> str:
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def _signature_ok(body: bytes, header_value: str) -> bool:
    algo, _, digest = header_value.partition("=")
    if algo != "sha256":
        return False
    return digest.lower() == _sign(body)


@app.post("/hooks/door")
async def door_event(request: Request, x_door_signature: str = Header(...)):
    body = await request.body()
    if not _signature_ok(body, x_door_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    record_event(event)
    kind = event.get("type")
    if kind in {"forced_open", "left_open"}:
        await post_to_matrix(f"Door alert: {kind.replace('_', ' ')} at {event.get('door', 'unknown door')}")
    log.info("door event %s recorded", kind)
    return {"ok": True}
