"""Authentication dependencies for the customer portal API (commission tracking)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

ISSUER = "sundialmaker-portal"
TOKEN_LIFETIME = timedelta(hours=8)

bearer = HTTPBearer(auto_error=True)
app = FastAPI(title="Sundial commission portal")


class PortalUser(BaseModel):
    customer_id: int
    email: str
    roles: list[str] = []


def _signing_key() -> str:
    key = os.environ.get("PORTAL_JWT_SECRET")
    if not key:
        raise RuntimeError("PORTAL_JWT_SECRET is not configured")
    return key


def issue_token(user: PortalUser) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user.customer_id),
        "email": user.email,
        "roles": user.roles,
        "iss": ISSUER,
        "iat": now,
        "exp": now + TOKEN_LIFETIME,
    }
    return jwt.encode(claims, _signing_key(), algorithm="HS256")


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> PortalUser:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("iss") != ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid issuer")
    return PortalUser(
        customer_id=int(claims["sub"]),
        email=claims["email"],
        roles=claims.get("roles", []),
    )


@app.get("/me/commissions")
def my_commissions(user: PortalUser = Depends(current_user)) -> dict:
    return {"customer_id": user.customer_id, "commissions": []}


@app.get("/admin/commissions")
def all_commissions(user: PortalUser = Depends(current_user)) -> dict:
    if "workshop-admin" not in user.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admin only")
    return {"commissions": []}
