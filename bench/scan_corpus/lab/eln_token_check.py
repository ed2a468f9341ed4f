"""Bearer token validation for the ELN plugin backend."""
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer()

ISSUER = os.environ["ELN_OIDC_ISSUER"]
AUDIENCE = os.environ.get("ELN_PLUGIN_AUDIENCE", "eln-plugin")
ALLOWED_ALGS = ["RS256", "ES256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/protocol/openid-connect/certs", cache_keys=True)


def verify_token(token: str) -> dict:
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGS:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token algorithm")
        signing_key = _jwks().get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGS,
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    return verify_token(creds.credentials)
