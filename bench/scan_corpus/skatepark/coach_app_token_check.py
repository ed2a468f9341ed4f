"""Verifies the access tokens the coaches' mobile app sends when logging lesson attendance."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jwt import PyJWKClient

app = FastAPI()
bearer = HTTPBearer()


@dataclass(frozen=True)
class IdentitySettings:
    jwks_url: str = os.environ.get("COACH_IDP_JWKS", "https://id.rampworks.example/.well-known/jwks.json")
    issuer: str = os.environ.get("COACH_IDP_ISSUER", "https://id.rampworks.example/")
    audience: str = os.environ.get("COACH_APP_AUDIENCE", "coach-app")


@lru_cache(maxsize=1)
def _jwks_client() -> PyJWKClient:
    return PyJWKClient(IdentitySettings().jwks_url, cache_keys=True)


def verify_token(token: str, settings: IdentitySettings = IdentitySettings()) -> dict:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=settings.audience,
        issuer=settings.issuer,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_coach(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = verify_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    if "coach" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="coaches only")
    return claims["sub"]


@app.post("/lessons/{lesson_id}/attendance")
def mark_attendance(lesson_id: int, rider_ids: list[int], coach_id: str = Depends(current_coach)):
    from .attendance import record_attendance

    recorded = record_attendance(lesson_id=lesson_id, coach_id=coach_id, rider_ids=rider_ids)
    return {"lesson": lesson_id, "recorded": recorded}
