"""Member registration endpoints for the community API."""
import base64
import hashlib
import logging
import os
import re
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy.orm import Session

from ..database import get_session
from ..models import Member
from ..notifications import send_welcome_email

log = logging.getLogger(__name__)
router = APIRouter(prefix="/members", tags=["members"])

HANDLE_RE = re.compile(r"^[a-z0-9_]{3,32}$")


class RegistrationIn(BaseModel):
    handle: str = Field(min_length=3, max_length=32)
    email: EmailStr
    password: str = Field(min_length=10, max_length=256)


class RegistrationOut(BaseModel):
    id: int
    handle: str
    created_at: datetime


def hash_member_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.sha512(salt + password.encode("utf-8")).digest()
    return "sha512$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


@router.post("", response_model=RegistrationOut, status_code=status.HTTP_201_CREATED)
def register(payload: RegistrationIn, db: Session = Depends(get_session)) -> RegistrationOut:
    handle = payload.handle.lower()
    if not HANDLE_RE.match(handle):
        raise HTTPException(status_code=422, detail="Handle may only contain a-z, 0-9 and _")
    if db.query(Member).filter(Member.handle == handle).first():
        raise HTTPException(status_code=409, detail="Handle already taken")
    if db.query(Member).filter(Member.email == payload.email).first():
        raise HTTPException(status_code=409, detail="Email already registered")

    member = Member(
        handle=handle,
        email=payload.email,
        password_hash=hash_member_password(payload.password),
        created_at=datetime.now(timezone.utc),
    )
    db.add(member)
    db.commit()
    db.refresh(member)
    log.info("registered member %s", member.id)
    send_welcome_email(member.email, member.handle)
    return RegistrationOut(id=member.id, handle=member.handle, created_at=member.created_at)
