"""FastAPI endpoint for execution drop-copy callbacks from the executing broker.

The broker signs each callback body with HMAC-SHA256 using a shared
secret and sends the hex digest in ``X-Signature``.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from celery import Celery
from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("dropcopy")

app = FastAPI(title="drop-copy callbacks")
celery = Celery("dropcopy", broker=os.environ["CELERY_BROKER_URL"])

EXECUTION_EVENTS = ("execution", "partial_fill", "cancel", "correct")


def _secret() -> bytes:
    return os.environ["DROPCOPY_HMAC_SECRET"].encode()


def signature_ok(body: bytes, provided: str) -> bool:
    expected = hmac.new(_secret(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, provided.strip().lower())


@app.post("/callbacks/dropcopy", status_code=202)
async def dropcopy(request: Request, x_signature: str = Header(default="")) -> dict:
    body = await request.body()
    if not x_signature or not signature_ok(body, x_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")

    try:
        event = json.loads(body)
    except json.JSONDecodeError:
        raise HTTPException(status_code=400, detail="invalid json")

    kind = event.get("event")
    if kind == "heartbeat":
        return {"status": "ok"}
    if kind not in EXECUTION_EVENTS:
        log.info("ignoring drop-copy event %s", kind)
        return {"status": "ignored"}

    celery.send_task(
        "reconciliation.apply_dropcopy",
        kwargs={"exec_id": event["exec_id"], "kind": kind, "payload": event},
    )
    log.info("queued drop-copy %s %s", kind, event["exec_id"])
    return {"status": "queued"}
