"""Login endpoint for venue house riggers and production managers."""
import hashlib
import hmac
import os
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from .deps import get_repo
from .sessions import issue_session

router = APIRouter(prefix="/venue-auth", tags=["venue-auth"])

PBKDF2_ALGO = "sha256"
PBKDF2_ITERATIONS = 600_000
SALT_LEN = 16


class LoginIn(BaseModel):
    email: str
    password: str


class RegisterIn(LoginIn):
    venue_id: int
    full_name: str


def derive(password: str, salt: bytes, iterations: int = PBKDF2_ITERATIONS) -> bytes:
    return hashlib.pbkdf2_hmac(PBKDF2_ALGO, password.encode("utf-8"), salt, iterations)


def encode(password: str) -> str:
    salt = os.urandom(SALT_LEN)
    return f"pbkdf2_{PBKDF2_ALGO}${PBKDF2_ITERATIONS}${salt.hex()}${derive(password, salt).hex()}"


def matches(password: str, encoded: str) -> bool:
    algo, iterations, salt_hex, hash_hex = encoded.split("$")
    candidate = derive(password, bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(candidate, bytes.fromhex(hash_hex))


@router.post("/register", status_code=201)
def register(body: RegisterIn, repo=Depends(get_repo)):
    if len(body.password) < 12:
        raise HTTPException(400, "password too short")
    user_id = repo.create_venue_user(
        body.venue_id, body.email.lower(), body.full_name, encode(body.password)
    )
    return {"id": user_id}


@router.post("/login")
def login(body: LoginIn, repo=Depends(get_repo)):
    user: Optional[dict] = repo.venue_user_by_email(body.email.lower())
    if user is None or not matches(body.password, user["password"]):
        raise HTTPException(401, "invalid credentials")
    return {"session": issue_session(user["id"]), "venue_id": user["venue_id"]}
