"""Validate ID tokens forwarded by the hospital API gateway.

The gateway's signing keys are fetched at startup and refreshed hourly; the
token header's ``kid`` selects which of them to verify against.
"""
from __future__ import annotations

import os

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from portal.keys import gateway_public_keys

bearer = HTTPBearer()

ISSUER = os.environ["PORTAL_TOKEN_ISSUER"]
AUDIENCE = os.environ["PORTAL_TOKEN_AUDIENCE"]
ALGORITHMS = ["RS256"]


def _key_for(token: str):
    header = jwt.get_unverified_header(token)
    try:
        return gateway_public_keys()[header["kid"]]
    except KeyError as exc:
        raise jwt.InvalidTokenError("unknown signing key") from exc


def verify_token(token: str) -> dict:
    return jwt.decode(
        token,
        key=_key_for(token),
        algorithms=ALGORITHMS,
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = verify_token(creds.credentials)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
    if "clinician" not in claims.get("lab_roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a clinician account")
    return claims
