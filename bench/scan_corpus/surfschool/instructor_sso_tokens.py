"""Validate SSO ID tokens for instructors signing into the roster portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("SSO_ISSUER", "https://login.saltlinesurf.com")
CLIENT_ID = os.environ.get("SSO_CLIENT_ID", "roster-portal")
ALLOWED_ALGS = ("RS256", "ES256")


@dataclass(frozen=True)
class InstructorIdentity:
    subject: str
    email: str
    roles: tuple


@lru_cache(maxsize=1)
def _jwks() -> PyJWKClient:
    return PyJWKClient(f"{ISSUER}/.well-known/jwks.json", cache_keys=True)


def _signing_key(token: str) -> Any:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGS:
        raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')!r}")
    return _jwks().get_signing_key(header["kid"]).key


def validate_id_token(token: str) -> InstructorIdentity:
    claims: Dict[str, Any] = jwt.decode(
        token,
        key=_signing_key(token),
        algorithms=list(ALLOWED_ALGS),
        audience=CLIENT_ID,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub", "email"]},
        leeway=30,
    )
    roles = tuple(claims.get("roles", []))
    if "instructor" not in roles and "head_coach" not in roles:
        raise PermissionError("account is not on the instructor roster")
    return InstructorIdentity(claims["sub"], claims["email"], roles)
