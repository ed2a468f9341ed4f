"""Validates SSO access tokens for the workshop staff console API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from flask import g, request, abort
from jwt import PyJWKClient


@dataclass(frozen=True)
class SsoSettings:
    issuer: str
    audience: str
    jwks_url: str
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "SsoSettings":
        return cls(
            issuer=os.environ["SSO_ISSUER"],
            audience=os.environ.get("SSO_AUDIENCE", "bindery-staff-console"),
            jwks_url=os.environ["SSO_JWKS_URL"],
        )


@lru_cache(maxsize=1)
def _jwks(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True)


def verify_access_token(token: str, cfg: SsoSettings) -> dict:
    signing_key = _jwks(cfg.jwks_url).get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=cfg.audience,
        issuer=cfg.issuer,
        leeway=cfg.leeway_s,
        options={"require": ["exp", "iat", "sub"]},
    )


def require_staff(role: str):
    cfg = SsoSettings.from_env()

    def decorator(view):
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                abort(401)
            try:
                claims = verify_access_token(header[7:], cfg)
            except jwt.PyJWTError:
                abort(401)
            if role not in claims.get("roles", []):
                abort(403)
            g.staff_user = claims["sub"]
            return view(*args, **kwargs)

        wrapper.__name__ = view.__name__
        return wrapper

    return decorator
