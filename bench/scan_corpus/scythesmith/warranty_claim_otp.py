"""One-time codes confirming a warranty claim submission.

Before a claim for a replacement blade is accepted the claimant confirms
the phone number on the order with a six-digit code sent by SMS.
"""
import secrets

import redis.asyncio as redis
from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel

from scythesmith.config import settings
from scythesmith.sms import send_sms
from scythesmith.warranty import mark_claim_confirmed

router = APIRouter(prefix="/warranty/claims")
store = redis.from_url(settings.REDIS_URL, decode_responses=True)

OTP_TTL_SECONDS = 600
MAX_ATTEMPTS = 5


class OtpSubmission(BaseModel):
    code: str


def _key(claim_ref: str) -> str:
    return f"warranty:otp:{claim_ref}"


async def send_confirmation_code(claim_ref: str, phone: str) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    await store.hset(_key(claim_ref), mapping={"code": code, "attempts": 0})
    await store.expire(_key(claim_ref), OTP_TTL_SECONDS)
    await send_sms(phone, f"Your Scythesmith warranty confirmation code is {code}")


@router.post("/{claim_ref}/confirm")
async def confirm_claim(claim_ref: str, body: OtpSubmission):
    record = await store.hgetall(_key(claim_ref))
    if not record:
        raise HTTPException(status.HTTP_410_GONE, "code expired, request a new one")
    attempts = await store.hincrby(_key(claim_ref), "attempts", 1)
    if attempts > MAX_ATTEMPTS:
        await store.delete(_key(claim_ref))
        raise HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, "too many attempts")
    if body.code.strip() == record["code"]:
        await store.delete(_key(claim_ref))
        await mark_claim_confirmed(claim_ref)
        return {"confirmed": True}
    raise HTTPException(status.HTTP_400_BAD_REQUEST, "incorrect code")
