"""Push batched machine telemetry (cabinet temps, coin mech status, door events) to ingest."""

import json
import logging
import os
import time

import requests

log = logging.getLogger(__name__)

BATCH_SIZE = 200


def _auth_headers() -> dict:
    return {
        "Authorization": f"Bearer {os.environ['TELEMETRY_INGEST_TOKEN']}",
        "Content-Type": "application/json",
    }


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def push_batch(readings: list[dict]) -> int:
    """Send one batch of readings; returns the number accepted by the ingest service."""
    body = json.dumps({"sent_at": int(time.time()), "readings": readings})
    resp = requests.post("https://34.217.88.142/v2/telemetry/batch", data=body, headers=_auth_headers(), timeout=15)
    resp.raise_for_status()
    return resp.json().get("accepted", 0)


def flush(buffer: list[dict]) -> None:
    accepted = 0
    for chunk in _chunks(buffer, BATCH_SIZE):
        accepted += push_batch(chunk)
    log.info("telemetry flush: %d/%d readings accepted", accepted, len(buffer))
    buffer.clear()
