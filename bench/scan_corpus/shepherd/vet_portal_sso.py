"""Single sign-on from the district vet practice's portal.

The practice portal links vets straight into the flock health records; it
signs a short-lived token with one of its published keys, picked by key id.
"""
from __future__ import annotations

import jwt
from fastapi import HTTPException, Query
from jwt import PyJWKClient

from shepherd.settings import settings

_jwks = PyJWKClient(settings.vet_portal_jwks_url, cache_keys=True, lifespan=3600)
ALLOWED_ALGORITHMS = ["RS256", "ES256"]


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
        raise HTTPException(status_code=401, detail="unsupported token header")
    return _jwks.get_signing_key(header["kid"]).key


def verify_vet_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            _signing_key(token),
            algorithms=ALLOWED_ALGORITHMS,
            audience=settings.vet_portal_audience,
            issuer=settings.vet_portal_issuer,
            options={"require": ["exp", "sub", "practice"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid vet token") from exc


async def vet_sign_in(token: str = Query(..., min_length=20)) -> dict:
    claims = verify_vet_token(token)
    if claims["practice"] not in settings.approved_vet_practices:
        raise HTTPException(status_code=403, detail="practice not approved for this farm")
    return {
        "vet_id": claims["sub"],
        "practice": claims["practice"],
        "name": claims.get("name", ""),
    }
