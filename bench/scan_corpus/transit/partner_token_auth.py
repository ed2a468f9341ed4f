"""Bearer token validation for partner access to the journey planner API.

Partner tokens are RS256 JWTs issued by the identity provider. The key id
in the header selects the signing key from the provider's JWKS endpoint.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ISSUER = os.environ.get("PARTNER_TOKEN_ISSUER", "https://id.citytransit.example/realms/partners")
AUDIENCE = "journey-planner"
ALLOWED_ALGS = ["RS256"]

bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True, lifespan=900)


def decode_partner_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        signing_key = _jwks().get_signing_key(header["kid"]).key
        return jwt.decode(
            token,
            signing_key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def partner_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    return decode_partner_token(creds.credentials)


def require_scope(scope: str):
    def dependency(claims: dict = Depends(partner_claims)) -> dict:
        if scope not in claims.get("scope", "").split():
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return claims

    return dependency
