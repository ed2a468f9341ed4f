"""Receives eligibility-decision callbacks from the state benefits hub.

The hub signs each POST body with HMAC-SHA256 using the shared secret
provisioned for our agency and sends it in ``X-Hub-Signature``.
"""
import hashlib
import hmac
import json
import logging
import os

from fastapi import APIRouter, Header, HTTPException, Request

from .decisions import apply_decision

log = logging.getLogger(__name__)
router = APIRouter()


def _hub_secret() -> bytes:
    return os.environ["BENEFITS_HUB_SECRET"].encode()


def _expected_signature(body: bytes) -> str:
    return "sha256=" + hmac.new(_hub_secret(), body, hashlib.sha256).hexdigest()


@router.post("/callbacks/benefits-hub")
async def benefits_hub_callback(request: Request, x_hub_signature: str = Header(default="")):
    body = await request.body()
    if x_hub_signature != _expected_signature(body):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    if event.get("type") != "eligibility.decided":
        return {"ignored": event.get("type")}

    apply_decision(
        case_id=event["case_id"],
        program=event["program"],
        outcome=event["outcome"],
        effective=event.get("effective_date"),
    )
    log.info("applied %s decision for case %s", event["program"], event["case_id"])
    return {"ok": True}
