"""Verify access tokens presented by the customer mobile app.

Tokens are RS256 JWTs from our identity service. The signing key is chosen by
the ``kid`` header and fetched from the identity service's JWKS endpoint.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

JWKS_URL = os.environ["IDENTITY_JWKS_URL"]
ISSUER = os.environ["IDENTITY_ISSUER"]
AUDIENCE = "pawnops-mobile"

_jwks = jwt.PyJWKClient(JWKS_URL, cache_keys=True, lifespan=900)
bearer = HTTPBearer()


@dataclass(frozen=True)
class AppCustomer:
    customer_id: int
    scopes: frozenset[str]


def current_customer(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> AppCustomer:
    token = creds.credentials
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        if not kid:
            raise jwt.InvalidTokenError("token has no kid")
        signing_key = _jwks.get_signing_key(kid)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid token")

    return AppCustomer(
        customer_id=int(claims["sub"]),
        scopes=frozenset(claims.get("scope", "").split()),
    )
