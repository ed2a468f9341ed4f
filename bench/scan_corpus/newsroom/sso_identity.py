"""Verify the group SSO identity token for the subscriber portal."""
import os
from functools import lru_cache

import jwt
from fastapi import Cookie, HTTPException

SSO_ISSUER = os.environ["SSO_ISSUER"]
SSO_AUDIENCE = os.environ.get("SSO_AUDIENCE", "subscriber-portal")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{SSO_ISSUER}/.well-known/jwks.json", cache_keys=True)


def decode_identity(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise HTTPException(status_code=401, detail="unsupported token algorithm")
        signing_key = _jwks_client().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=SSO_AUDIENCE,
            issuer=SSO_ISSUER,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status_code=401, detail="invalid identity token") from exc


def current_subscriber(sso_token: str | None = Cookie(default=None)) -> dict:
    if not sso_token:
        raise HTTPException(status_code=401, detail="not signed in")
    claims = decode_identity(sso_token)
    return {"id": claims["sub"], "plans": claims.get("plans", [])}
