"""Request authentication for the driver mobile app API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, Header, HTTPException, status

ALLOWED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class DriverPrincipal:
    driver_id: int
    carrier_id: int
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["DRIVER_APP_JWKS_URL"], cache_keys=True)


def _bearer(authorization: str = Header(...)) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token


def current_driver(token: str = Depends(_bearer)) -> DriverPrincipal:
    try:
        # reject anything that isn't RS256 before hitting the JWKS endpoint
        if jwt.get_unverified_header(token).get("alg") not in ALLOWED_ALGORITHMS:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported algorithm")
        signing_key = _jwks().get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["DRIVER_APP_AUDIENCE"],
            issuer=os.environ["DRIVER_APP_ISSUER"],
            options={"require": ["exp", "sub", "iss", "aud"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    if claims.get("typ") != "driver":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a driver token")
    return DriverPrincipal(
        driver_id=int(claims["sub"]),
        carrier_id=int(claims["carrier"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )
