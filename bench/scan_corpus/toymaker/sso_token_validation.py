"""Validates staff single sign-on tokens for the workshop back office (catalogue and recalls admin)."""

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jwt import PyJWKClient

from toyshop.config import settings

bearer = HTTPBearer()
_jwks = PyJWKClient(settings.sso_jwks_url, cache_keys=True, lifespan=3600)
ALLOWED_ALGORITHMS = {"RS256", "ES256"}


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise HTTPException(status_code=401, detail="unsupported token algorithm")
    return _jwks.get_signing_key(header["kid"]).key, header["alg"]


def verify_staff_token(token: str) -> dict:
    key, algorithm = _signing_key(token)
    try:
        return jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=settings.sso_audience,
            issuer=settings.sso_issuer,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc


async def current_staff(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    claims = verify_staff_token(credentials.credentials)
    if "backoffice" not in claims.get("groups", []):
        raise HTTPException(status_code=403, detail="not a back-office user")
    return claims
