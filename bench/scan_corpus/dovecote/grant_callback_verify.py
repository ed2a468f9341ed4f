"""Callback endpoint for the heritage grant funder's reporting portal.

When a quarterly report or a claim is approved, the funder's portal
calls back with a signed JSON payload. The signing key is issued per
grantee and kept in the deployment environment.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from hmac import compare_digest as same

from fastapi import APIRouter, HTTPException, Request

router = APIRouter(prefix="/grants")

CALLBACK_KEY = base64.b64decode(os.environ["GRANT_PORTAL_CALLBACK_KEY"])
KNOWN_STAGES = ("report.approved", "claim.approved", "claim.queried")


def sign(payload: bytes, key: bytes = CALLBACK_KEY) -> str:
    mac = hmac.new(key, payload, hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def verify(payload: bytes, presented: str) -> bool:
    return same(sign(payload).encode("ascii"), presented.encode("ascii"))


@router.post("/callback")
async def funder_callback(request: Request) -> dict:
    payload = await request.body()
    presented = request.headers.get("X-Funder-Signature", "")
    if not presented or not verify(payload, presented):
        raise HTTPException(status_code=401, detail="signature mismatch")

    event = json.loads(payload)
    stage = event.get("stage")
    if stage not in KNOWN_STAGES:
        raise HTTPException(status_code=422, detail=f"unknown stage {stage!r}")

    from estate.grants.ledger import record_funder_event

    await record_funder_event(
        grant_ref=event["grant_reference"],
        stage=stage,
        amount_pence=int(event.get("amount_pence", 0)),
        note=event.get("officer_note", ""),
    )
    return {"received": True}
