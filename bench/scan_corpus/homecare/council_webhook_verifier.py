"""Verification of signed purchase-order updates pushed by councils.

Commissioning teams push changes to a client's care package (hours per
week, funding stream, end date). The request carries a timestamp and an
HMAC-SHA256 signature over ``timestamp.body`` keyed with the council's
shared secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass

from fastapi import APIRouter, Header, HTTPException, Request

from .packages import apply_package_change

router = APIRouter(prefix="/webhooks/council", tags=["council"])

MAX_SKEW_SECONDS = 300


@dataclass(frozen=True)
class SignedRequest:
    council_code: str
    timestamp: str
    signature: str
    body: bytes

    def signing_input(self) -> bytes:
        return self.timestamp.encode("ascii") + b"." + self.body


def _council_secret(council_code: str) -> bytes:
    value = os.environ.get(f"PO_WEBHOOK_SECRET_{council_code.upper()}")
    if not value:
        raise HTTPException(status_code=404, detail="unknown council")
    return value.encode("utf-8")


def verify(signed: SignedRequest) -> None:
    try:
        sent_at = int(signed.timestamp)
    except ValueError:
        raise HTTPException(status_code=400, detail="bad timestamp")
    if abs(time.time() - sent_at) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")
    expected = hmac.new(_council_secret(signed.council_code), signed.signing_input(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signed.signature.lower()):
        raise HTTPException(status_code=401, detail="bad signature")


@router.post("/{council_code}/package-changes", status_code=202)
async def package_change(
    council_code: str,
    request: Request,
    x_po_timestamp: str = Header(...),
    x_po_signature: str = Header(...),
) -> dict:
    body = await request.body()
    verify(SignedRequest(council_code, x_po_timestamp, x_po_signature, body))
    change = json.loads(body)
    apply_package_change(council_code.upper(), change)
    return {"accepted": change.get("reference")}
