"""Guided trip leader accounts.

Freelance river guides who lead the evening canoe trips register here so
the office can allocate them to trips and pay them. Logins also upgrade
stored hashes when the hashing parameters change.
"""

import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError
from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, EmailStr

from coracle.repositories import GuideRepository

log = logging.getLogger(__name__)
router = APIRouter(prefix="/guides")
hasher = PasswordHasher()
repo = GuideRepository()


class GuideSignup(BaseModel):
    email: EmailStr
    full_name: str
    phone: str
    password: str


class GuideLogin(BaseModel):
    email: EmailStr
    password: str


@router.post("/signup", status_code=201)
def signup(payload: GuideSignup) -> dict:
    if repo.exists(payload.email):
        raise HTTPException(status_code=409, detail="Already registered")
    guide_id = repo.create(
        email=payload.email,
        full_name=payload.full_name,
        phone=payload.phone,
        password_hash=hasher.hash(payload.password),
    )
    log.info("Guide %s registered", guide_id)
    return {"id": guide_id}


@router.post("/login")
def login(payload: GuideLogin) -> dict:
    guide = repo.by_email(payload.email)
    if guide is None:
        raise HTTPException(status_code=401, detail="Unknown login")
    try:
        hasher.verify(guide.password_hash, payload.password)
    except (VerifyMismatchError, InvalidHashError):
        raise HTTPException(status_code=401, detail="Unknown login")
    if hasher.check_needs_rehash(guide.password_hash):
        repo.update_hash(guide.id, hasher.hash(payload.password))
    return {"id": guide.id, "name": guide.full_name}
