"""Token login for wholesale buyer contacts, with an audit log of sign-in attempts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from wholesale.accounts import BuyerContactStore
from wholesale.config import settings

router = APIRouter(prefix="/v1/auth")
audit = logging.getLogger("lavenderfarm.wholesale.audit")

TOKEN_TTL = timedelta(hours=8)


class LoginRequest(BaseModel):
    email: str
    password: str


class LoginAttempt:
    def __init__(self, request: Request, body: LoginRequest) -> None:
        self.email = body.email.strip().lower()
        self.ip = request.client.host if request.client else "unknown"
        self.user_agent = request.headers.get("user-agent", "")[:120]

    def log_failure(self, reason: str) -> None:
        audit.warning(
            "wholesale login failed email=%s ip=%s reason=%s ua=%r",
            self.email,
            self.ip,
            reason,
            self.user_agent,
        )

    def log_success(self, buyer_id: int) -> None:
        audit.info("wholesale login ok email=%s buyer=%s ip=%s", self.email, buyer_id, self.ip)


def _issue_token(contact_id: int, buyer_id: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(contact_id), "buyer": buyer_id, "iat": now, "exp": now + TOKEN_TTL}
    return jwt.encode(claims, settings.jwt_signing_key, algorithm="HS256")


@router.post("/login")
def login(body: LoginRequest, request: Request):
    attempt = LoginAttempt(request, body)
    contact = BuyerContactStore(settings.database_url).login(attempt.email, body.password)
    if contact is None:
        attempt.log_failure("bad email or password")
        raise HTTPException(status_code=401, detail="invalid credentials")
    attempt.log_success(contact.buyer_id)
    return {"access_token": _issue_token(contact.id, contact.buyer_id), "token_type": "bearer"}
