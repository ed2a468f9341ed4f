"""Validates tokens that van telematics units present when uploading GPS tracks.

The fleet platform issues RS256 tokens per van; the upload API checks the
signature, audience and expiry before accepting a track.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class TelematicsTokenSettings:
    jwks_url: str = field(default_factory=lambda: os.environ["FLEET_JWKS_URL"])
    audience: str = "bakehouse-track-upload"
    issuer: str = field(default_factory=lambda: os.environ["FLEET_ISSUER"])
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30


@lru_cache(maxsize=1)
def _settings() -> TelematicsTokenSettings:
    return TelematicsTokenSettings()


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(_settings().jwks_url, cache_keys=True)


def _decode_kwargs(settings: TelematicsTokenSettings) -> dict:
    return {
        "algorithms": list(settings.algorithms),
        "audience": settings.audience,
        "issuer": settings.issuer,
        "leeway": settings.leeway_s,
        "options": {"require": ["exp", "iat", "sub"]},
    }


def van_from_token(token: str) -> str:
    settings = _settings()
    signing_key = _jwks().get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, **_decode_kwargs(settings))
    van = claims["sub"]
    if not van.startswith("van:"):
        raise jwt.InvalidTokenError("subject is not a van")
    return van.split(":", 1)[1]


def accept_track(token: str, points: list[dict]) -> dict:
    van_reg = van_from_token(token)
    return {"van": van_reg, "points": len(points), "status": "queued"}
