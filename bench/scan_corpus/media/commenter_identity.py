"""Resolve the commenter behind a request from the identity provider's JWT."""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from fastapi import Header, HTTPException, status

ISSUER = os.environ["IDP_ISSUER"]
AUDIENCE = os.environ.get("COMMENTS_AUDIENCE", "comments-api")


@lru_cache(maxsize=1)
def _jwks_client() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(f"{ISSUER.rstrip('/')}/.well-known/jwks.json", cache_keys=True)


@dataclass
class Identity:
    user_id: str
    roles: frozenset


def identity_from_token(token: str) -> Identity:
    signing_key = _jwks_client().get_signing_key_from_jwt(token)
    claims = jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub", "aud", "iss"]},
    )
    return Identity(user_id=claims["sub"], roles=frozenset(claims.get("roles", [])))


def require_identity(authorization: str = Header(...)) -> Identity:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        return identity_from_token(token)
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")


def require_moderator(authorization: str = Header(...)) -> Identity:
    identity = require_identity(authorization)
    if "moderator" not in identity.roles:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "moderators only")
    return identity
