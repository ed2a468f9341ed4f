"""Validate access tokens issued by the identity provider."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, Header, HTTPException, status

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "billing-api")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def _bearer_token(authorization: str = Header(default="")) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    return token.strip()


def verified_claims(token: str = Depends(_bearer_token)) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        signing_key = _jwks_client().get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except (jwt.PyJWTError, KeyError) as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc
