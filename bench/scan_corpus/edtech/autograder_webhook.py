"""Receives score callbacks from the external autograder service."""
import hashlib
import hmac
import json
import os
import time

from fastapi import APIRouter, Header, HTTPException, Request

from .gradebook import record_score

router = APIRouter()

SIGNING_SECRET = os.environ["AUTOGRADER_WEBHOOK_SECRET"].encode()
MAX_SKEW_SECONDS = 300


def _sign(body: bytes, timestamp: str) -> str:
    mac = hmac.new(SIGNING_SECRET, timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


@router.post("/hooks/autograder")
async def autograder_callback(
    request: Request,
    x_grader_signature: str = Header(...),
    x_grader_timestamp: str = Header(...),
):
    body = await request.body()
    expected = _sign(body, x_grader_timestamp)
    if x_grader_signature != expected:
        raise HTTPException(status_code=401, detail="invalid signature")
    if abs(time.time() - int(x_grader_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")

    payload = json.loads(body)
    await record_score(
        submission_id=int(payload["submission_id"]),
        score=float(payload["score"]),
        max_score=float(payload["max_score"]),
        feedback=payload.get("feedback", ""),
    )
    return {"status": "recorded"}
