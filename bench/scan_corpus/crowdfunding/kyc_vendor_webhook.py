"""Receives verification results from the KYC vendor.

The vendor signs each callback with Ed25519; the verification key below is
the public half they publish in their docs (rotated yearly).
"""

import base64
import json
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter, Header, HTTPException, Request

from kyc.service import apply_verification_result

router = APIRouter()

VENDOR_PUBLIC_KEY_HEX = "420ac6b7c86aed92e689bc42ab98a5048d6982371daa0e61dc327d90f6c341e7"
_VENDOR_KEY = Ed25519PublicKey.from_public_bytes(bytes.fromhex(VENDOR_PUBLIC_KEY_HEX))
MAX_CLOCK_SKEW = 300


@router.post("/webhooks/kyc-vendor", status_code=204)
async def kyc_vendor_callback(
    request: Request,
    x_vendor_signature: str = Header(...),
    x_vendor_timestamp: str = Header(...),
):
    body = await request.body()
    if not x_vendor_timestamp.isdigit() or abs(time.time() - int(x_vendor_timestamp)) > MAX_CLOCK_SKEW:
        raise HTTPException(status_code=401, detail="stale callback")
    try:
        signature = base64.b64decode(x_vendor_signature, validate=True)
        _VENDOR_KEY.verify(signature, x_vendor_timestamp.encode() + b"." + body)
    except (ValueError, InvalidSignature):
        raise HTTPException(status_code=401, detail="invalid signature")

    result = json.loads(body)
    await apply_verification_result(
        applicant_ref=result["applicant"]["external_ref"],
        status=result["status"],
        reasons=result.get("reasons", []),
    )
