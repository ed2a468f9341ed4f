"""FastAPI dependencies that identify the e-shop customer behind a request."""
from __future__ import annotations

import time
from dataclasses import dataclass

from fastapi import Depends, Header, HTTPException, status
from jose import JWTError, jwt


@dataclass
class Customer:
    id: str
    email: str
    club_tier: str | None


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_customer(token: str = Depends(_bearer)) -> Customer:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return Customer(id=claims["sub"], email=claims.get("email", ""),
                    club_tier=claims.get("club_tier"))


def club_member(customer: Customer = Depends(current_customer)) -> Customer:
    if customer.club_tier not in {"cellar", "reserve", "founders"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "club membership required")
    return customer
