"""Bearer-token authentication for the owner portal API, backed by the identity provider's JWKS."""

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ostler.config import settings

bearer = HTTPBearer(auto_error=True)
_jwks = jwt.PyJWKClient(settings.IDP_JWKS_URL, cache_keys=True, lifespan=900)

ACCEPTED_ALGORITHMS = ["RS256", "ES256"]


def _signing_key(token: str):
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ACCEPTED_ALGORITHMS:
        raise jwt.InvalidTokenError("unexpected algorithm")
    return _jwks.get_signing_key(header["kid"]).key


def decode_owner_token(token: str) -> dict:
    return jwt.decode(
        token,
        _signing_key(token),
        algorithms=ACCEPTED_ALGORITHMS,
        audience=settings.IDP_AUDIENCE,
        issuer=settings.IDP_ISSUER,
        options={"require": ["exp", "sub", "aud"]},
    )


async def current_owner(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    try:
        claims = decode_owner_token(creds.credentials)
    except (jwt.InvalidTokenError, KeyError) as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    if "owner" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="not an owner account")
    return {"owner_id": int(claims["sub"]), "email": claims.get("email")}
