"""Authenticates partner agencies calling the booking API with JWTs.

Each partner publishes its signing keys; the token header's ``kid`` picks
the key, and the token is then fully verified against that key.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

AUDIENCE = os.environ.get("PARTNER_JWT_AUDIENCE", "bluereef-bookings")
PARTNER_REGISTRY = Path(os.environ.get("PARTNER_REGISTRY_FILE", "/etc/divecentre/partners.json"))

bearer = HTTPBearer()


@dataclass(frozen=True)
class Partner:
    partner_id: str
    scopes: frozenset[str]


@lru_cache(maxsize=1)
def partner_jwks() -> dict[str, str]:
    """Maps each partner's issuer id to the URL of its published JWKS."""
    registry = json.loads(PARTNER_REGISTRY.read_text(encoding="utf-8"))
    return {p["issuer"]: p["jwks_url"] for p in registry["partners"]}


@lru_cache(maxsize=16)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True)


def verify_partner_token(token: str) -> Partner:
    try:
        unverified = jwt.decode(token, options={"verify_signature": False})
        issuer = unverified.get("iss")
        jwks = partner_jwks()
        if issuer not in jwks:
            raise jwt.InvalidIssuerError("unknown partner")
        signing_key = _jwks_client(jwks[issuer]).get_signing_key_from_jwt(token)
        claims = jwt.decode(token, signing_key.key, algorithms=["RS256", "ES256"], audience=AUDIENCE, issuer=issuer)
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid partner token") from exc
    return Partner(partner_id=issuer, scopes=frozenset(claims.get("scope", "").split()))


def require_partner(scope: str):
    def dependency(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Partner:
        partner = verify_partner_token(creds.credentials)
        if scope not in partner.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return partner

    return dependency
