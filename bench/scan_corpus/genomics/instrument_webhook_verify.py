"""FastAPI receiver for run-completed events from the sequencing cloud service."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from pipeline.queue import enqueue_run

router = APIRouter()

MAX_SKEW_SECONDS = 300


def _signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@router.post("/hooks/run-events", status_code=202)
async def run_event(
    request: Request,
    x_run_signature: str = Header(...),
    x_run_timestamp: str = Header(...),
):
    if not x_run_timestamp.isdigit() or abs(time.time() - int(x_run_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale event")

    body = await request.body()
    secret = os.environ["RUN_EVENTS_WEBHOOK_SECRET"].encode("utf-8")
    expected = _signature(secret, x_run_timestamp, body)
    if not hmac.compare_digest(expected, x_run_signature):
        raise HTTPException(status_code=401, detail="invalid signature")

    event = json.loads(body)
    if event.get("type") != "run.completed":
        return {"ignored": True}
    run = event["run"]
    enqueue_run(run_id=run["id"], instrument=run["instrument"], output_uri=run["output_uri"])
    return {"queued": True}
