"""Issues one-time enrolment codes for tower gateways.

A gateway arriving from the workshop is enrolled by typing a one-time code
on its front panel; the code is valid for fifteen minutes and a single use.
"""
from __future__ import annotations

import hmac
import logging
import secrets
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel

router = APIRouter(prefix="/enrolment")
log = logging.getLogger("clocktower.enrolment")

ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 10
VALID_FOR = timedelta(minutes=15)


@dataclass
class EnrolmentCode:
    tower_code: str
    code: str
    expires_at: datetime


_codes: dict[str, EnrolmentCode] = {}


def generate_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class EnrolRequest(BaseModel):
    tower_code: str
    code: str
    gateway_serial: str


@router.post("/towers/{tower_code}/codes", status_code=201)
def create_code(tower_code: str):
    entry = EnrolmentCode(tower_code, generate_code(), datetime.now(timezone.utc) + VALID_FOR)
    _codes[tower_code] = entry
    log.info("enrolment code created for tower %s", tower_code)
    return {"tower_code": tower_code, "code": entry.code, "expires_at": entry.expires_at}


@router.post("/enrol")
def enrol(req: EnrolRequest):
    entry = _codes.get(req.tower_code)
    if entry is None or entry.expires_at < datetime.now(timezone.utc):
        raise HTTPException(status_code=404, detail="no active code")
    if not hmac.compare_digest(entry.code.encode(), req.code.strip().upper().encode()):
        raise HTTPException(status_code=403, detail="code rejected")
    del _codes[req.tower_code]
    log.info("gateway %s enrolled at tower %s", req.gateway_serial, req.tower_code)
    return {"tower_code": req.tower_code, "device_key": secrets.token_urlsafe(32)}
