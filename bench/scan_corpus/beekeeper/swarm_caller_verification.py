"""Phone verification for members of the public reporting a swarm.

Before a collector is dispatched the caller confirms their number with a
six digit code, which cuts out prank and duplicate reports.
"""
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

from swarms.cache import cache
from swarms.sms import send_sms_async

router = APIRouter(prefix="/swarm-reports")
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class VerifyRequest(BaseModel):
    code: str


def _cache_key(report_id: int) -> str:
    return f"swarm-verify:{report_id}"


@router.post("/{report_id}/send-code", status_code=202)
async def send_code(report_id: int, phone: str) -> dict:
    code = f"{secrets.randbelow(10**6):06d}"
    expires = datetime.now(timezone.utc) + CODE_TTL
    await cache.set(_cache_key(report_id), {"code": code, "expires": expires.isoformat(), "attempts": 0})
    await send_sms_async(phone, f"Swarm report code: {code}")
    return {"sent": True}


@router.post("/{report_id}/verify")
async def verify_code(report_id: int, body: VerifyRequest) -> dict:
    entry = await cache.get(_cache_key(report_id))
    if entry is None:
        raise HTTPException(status_code=410, detail="code expired")
    if datetime.fromisoformat(entry["expires"]) < datetime.now(timezone.utc):
        await cache.delete(_cache_key(report_id))
        raise HTTPException(status_code=410, detail="code expired")
    entry["attempts"] += 1
    if entry["attempts"] > MAX_ATTEMPTS:
        await cache.delete(_cache_key(report_id))
        raise HTTPException(status_code=429, detail="too many attempts")
    await cache.set(_cache_key(report_id), entry)
    if not hmac.compare_digest(entry["code"].encode(), body.code.strip().encode()):
        raise HTTPException(status_code=400, detail="code incorrect")
    await cache.delete(_cache_key(report_id))
    return {"verified": True}
