"""Password hashing service for owner accounts on the FastAPI booking portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from fastapi import APIRouter, Depends, HTTPException, status
from pydantic import BaseModel, EmailStr
from sqlalchemy import text
from sqlalchemy.orm import Session

from .database import get_session


@dataclass(frozen=True)
class Pbkdf2Policy:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


POLICY = Pbkdf2Policy()

router = APIRouter(prefix="/booking/owners")


class PasswordHasher:
    def __init__(self, policy: Pbkdf2Policy = POLICY) -> None:
        self._policy = policy

    def hash(self, password: str) -> str:
        salt = os.urandom(self._policy.salt_bytes)
        dk = hashlib.pbkdf2_hmac(self._policy.algorithm, password.encode("utf-8"), salt,
                                 self._policy.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self._policy.algorithm,
            self._policy.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(dk).decode("ascii"),
        )

    def verify(self, password: str, encoded: str) -> bool:
        scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
        algorithm = scheme.removeprefix("pbkdf2_")
        dk = hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"),
                                 base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def needs_rehash(self, encoded: str) -> bool:
        return int(encoded.split("$")[1]) < self._policy.iterations


hasher = PasswordHasher()


class SignUp(BaseModel):
    email: EmailStr
    full_name: str
    password: str


@router.post("/", status_code=status.HTTP_201_CREATED)
def sign_up(body: SignUp, session: Session = Depends(get_session)) -> dict[str, str]:
    if len(body.password) < 10:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "password too short")
    exists = session.execute(
        text("SELECT 1 FROM owners WHERE email = :email"), {"email": body.email.lower()}
    ).first()
    if exists:
        raise HTTPException(status.HTTP_409_CONFLICT, "account exists")
    session.execute(
        text("INSERT INTO owners (email, full_name, password_hash) VALUES (:e, :n, :h)"),
        {"e": body.email.lower(), "n": body.full_name, "h": hasher.hash(body.password)},
    )
    session.commit()
    return {"status": "created"}
