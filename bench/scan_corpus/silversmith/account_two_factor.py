"""Time-based one-time codes for customer accounts that hold stored commission designs."""

import base64
import hashlib
import hmac
import secrets
import struct
import time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from portal.auth import current_customer_pending_2fa, issue_session
from portal.models import Customer

router = APIRouter(prefix="/account/2fa")

STEP = 30
DIGITS = 6
DRIFT_STEPS = (-1, 0, 1)


class CodeSubmission(BaseModel):
    code: str


def totp_at(secret_b32: str, counter: int) -> str:
    key = base64.b32decode(secret_b32, casefold=True)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** DIGITS).zfill(DIGITS)


def code_matches(secret_b32: str, submitted: str, now: float | None = None) -> bool:
    counter = int((now or time.time()) // STEP)
    matched = False
    for drift in DRIFT_STEPS:
        if secrets.compare_digest(totp_at(secret_b32, counter + drift), submitted):
            matched = True
    return matched


@router.post("/verify")
async def verify_code(body: CodeSubmission, customer: Customer = Depends(current_customer_pending_2fa)):
    if not customer.totp_secret or not code_matches(customer.totp_secret, body.code.strip()):
        raise HTTPException(status_code=401, detail="Code not recognised")
    return await issue_session(customer)
