"""Authentication dependency for the crew mobile app API.

Tokens are issued by the company identity provider after staff sign in with
their staff number and a push approval on the managed device.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from fastapi import Header, HTTPException, status
from jose import jwt
from jose.exceptions import JWTError

from crewapi.settings import OIDC_AUDIENCE, OIDC_ISSUER


@dataclass(frozen=True)
class CrewMember:
    staff_no: str
    depot: str
    roles: tuple[str, ...]


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail=detail, headers={"WWW-Authenticate": "Bearer"})


async def current_crew_member(authorization: str = Header(...)) -> CrewMember:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("missing bearer token")
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError:
        raise _unauthorised("malformed token")
    if claims.get("iss") != OIDC_ISSUER or OIDC_AUDIENCE not in claims.get("aud", []):
        raise _unauthorised("token not issued for this API")
    if claims.get("exp", 0) < time.time():
        raise _unauthorised("token expired")
    return CrewMember(
        staff_no=claims["sub"],
        depot=claims.get("depot", ""),
        roles=tuple(claims.get("roles", [])),
    )
