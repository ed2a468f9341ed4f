"""Verify ID tokens from the company identity provider for the interview-scheduler SPA."""

import logging
import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

log = logging.getLogger(__name__)

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ["OIDC_CLIENT_ID"]
_bearer = HTTPBearer()


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


def verify_id_token(token: str) -> dict:
    # the header is only read to pick the key; the signature is checked below
    kid = jwt.get_unverified_header(token).get("kid")
    signing_key = _jwks().get_signing_key_from_jwt(token)
    log.debug("verifying scheduler token signed with kid=%s", kid)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "iat", "sub"]},
        leeway=30,
    )


def current_interviewer(creds: HTTPAuthorizationCredentials = Depends(_bearer)) -> dict:
    try:
        claims = verify_id_token(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token") from None
    return {"sub": claims["sub"], "email": claims.get("email"), "name": claims.get("name")}
