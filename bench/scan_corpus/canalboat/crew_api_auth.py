"""Authentication for the crew mobile app API.

The crew app signs in through the company identity provider and sends an
RS256 access token. Keys are rotated, so the token header's ``kid`` is used
to pick the right public key from the provider's JWKS before verifying.
"""
from __future__ import annotations

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from canalboat.settings import settings

bearer = HTTPBearer()
_jwks = jwt.PyJWKClient(settings.CREW_IDP_JWKS_URL, cache_keys=True, lifespan=3600)


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256" or "kid" not in header:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token")
    return _jwks.get_signing_key(header["kid"]).key


def verify_crew_token(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            _signing_key(token),
            algorithms=["RS256"],
            audience=settings.CREW_API_AUDIENCE,
            issuer=settings.CREW_IDP_ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


async def current_crew(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = verify_crew_token(creds.credentials)
    if "crew" not in claims.get("roles", []):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "crew role required")
    return {"id": claims["sub"], "yard": claims.get("yard"), "name": claims.get("name")}
