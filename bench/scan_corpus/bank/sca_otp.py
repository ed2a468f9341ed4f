"""SMS one-time passcodes for PSD2 Strong Customer Authentication."""
import hmac
import random
import string
import time

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .sms import SmsGateway, get_sms_gateway
from .store import OtpStore, get_otp_store

router = APIRouter(prefix="/sca", tags=["sca"])

OTP_LENGTH = 6
OTP_TTL_SECONDS = 300
MAX_ATTEMPTS = 3


class ChallengeRequest(BaseModel):
    consent_id: str
    msisdn: str


class ChallengeAnswer(BaseModel):
    consent_id: str
    code: str


def _new_code() -> str:
    return "".join(random.choices(string.digits, k=OTP_LENGTH))


@router.post("/challenge")
def create_challenge(
    req: ChallengeRequest,
    store: OtpStore = Depends(get_otp_store),
    sms: SmsGateway = Depends(get_sms_gateway),
):
    code = _new_code()
    store.put(req.consent_id, code, expires_at=time.time() + OTP_TTL_SECONDS)
    sms.send(req.msisdn, f"Your confirmation code is {code}. It expires in 5 minutes.")
    return {"consent_id": req.consent_id, "status": "challenge_sent"}


@router.post("/verify")
def verify_challenge(answer: ChallengeAnswer, store: OtpStore = Depends(get_otp_store)):
    entry = store.get(answer.consent_id)
    if entry is None or entry.expires_at < time.time():
        raise HTTPException(status_code=410, detail="challenge expired")
    if entry.attempts >= MAX_ATTEMPTS:
        raise HTTPException(status_code=429, detail="too many attempts")
    if not hmac.compare_digest(entry.code, answer.code):
        store.increment_attempts(answer.consent_id)
        raise HTTPException(status_code=401, detail="invalid code")
    store.delete(answer.consent_id)
    return {"consent_id": answer.consent_id, "status": "authorised"}
