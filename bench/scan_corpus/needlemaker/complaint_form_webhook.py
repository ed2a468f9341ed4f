"""Webhook endpoint for complaints submitted through the hosted web form.

The marketing site's form provider forwards each submission signed with an
HMAC; accepted submissions open a complaint record for triage.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, Header, HTTPException, Request

from needlemaker.complaints.intake import open_complaint_from_form
from needlemaker.config import settings

router = APIRouter()
TOLERANCE_SECONDS = 300


def _signature(secret: str, timestamp: str, body: bytes) -> str:
    signed = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def _fresh(timestamp: str) -> bool:
    try:
        return abs(time.time() - int(timestamp)) <= TOLERANCE_SECONDS
    except ValueError:
        return False


@router.post("/webhooks/complaint-form")
async def receive_complaint_form(
    request: Request,
    x_form_timestamp: str = Header(...),
    x_form_signature: str = Header(...),
):
    body = await request.body()
    if not _fresh(x_form_timestamp):
        raise HTTPException(status_code=400, detail="Stale submission")
    expected = _signature(settings.COMPLAINT_FORM_SECRET, x_form_timestamp, body)
    if not hmac.compare_digest(expected, x_form_signature):
        raise HTTPException(status_code=401, detail="Bad signature")
    payload = await request.json()
    if payload.get("form_id") != settings.COMPLAINT_FORM_ID:
        raise HTTPException(status_code=404, detail="Unknown form")
    complaint = await open_complaint_from_form(payload["fields"])
    return {"complaint": complaint.reference}
