"""Bearer-token authentication for the ski school instructor API.

Tokens are issued by the resort identity provider (OIDC). Signing keys
are fetched from the provider's JWKS endpoint and cached by PyJWKClient.
"""
import os
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException

ALLOWED_ALGORITHMS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["IDP_JWKS_URL"], cache_keys=True)


def _decode(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise jwt.InvalidAlgorithmError(f"algorithm {header.get('alg')!r} not accepted")
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=ALLOWED_ALGORITHMS,
        audience=os.environ["IDP_AUDIENCE"],
        issuer=os.environ["IDP_ISSUER"],
        options={"require": ["exp", "iat", "sub"]},
    )


def current_instructor(authorization: str = Header(...)) -> dict:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status_code=401, detail="missing bearer token")
    try:
        claims = _decode(token)
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid token") from exc
    if "instructor" not in claims.get("roles", []):
        raise HTTPException(status_code=403, detail="not an instructor")
    return claims
