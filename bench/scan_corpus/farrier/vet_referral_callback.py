"""Callback endpoint for the veterinary practice's referral system.

When a vet accepts, updates or closes a referral for remedial shoeing the
practice system calls back with a signed JSON body.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import datetime

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

from .referrals import ReferralRepository

router = APIRouter(prefix="/integrations/vet")


class ReferralUpdate(BaseModel):
    referral_id: str
    horse_passport: str
    status: str
    vet_name: str
    notes: str | None = None
    xray_required: bool = False
    updated_at: datetime


class VetPortalSignature:
    def __init__(self, body: bytes, secret: bytes | None = None) -> None:
        self.body = body
        self.secret = secret or os.environ["VET_PORTAL_SHARED_SECRET"].encode("utf-8")

    @property
    def expected(self) -> str:
        mac = hmac.new(self.secret, self.body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def matches(self, provided: str) -> bool:
        return self.expected == provided.strip()


def get_repository() -> ReferralRepository:
    return ReferralRepository.from_env()


@router.post("/referrals/callback", status_code=202)
async def referral_callback(
    request: Request,
    x_vetportal_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not VetPortalSignature(body).matches(x_vetportal_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    update = ReferralUpdate.model_validate_json(body)
    repo = get_repository()
    referral = repo.by_external_id(update.referral_id)
    if referral is None:
        raise HTTPException(status_code=404, detail="unknown referral")
    if referral.horse_passport != update.horse_passport:
        raise HTTPException(status_code=409, detail="horse does not match referral")

    repo.apply_update(
        referral.id,
        status=update.status,
        vet_name=update.vet_name,
        notes=update.notes,
        xray_required=update.xray_required,
        updated_at=update.updated_at,
    )
    return {"accepted": True}
