"""Validate access tokens presented by third-party providers (TPPs).

Tokens are issued by our authorisation server and signed with PS256. The
``kid`` header selects the signing key from the JWKS endpoint, which is
cached by PyJWKClient.
"""
from __future__ import annotations

import os
from functools import lru_cache

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)
ALLOWED_ALGORITHMS = ["PS256"]


@lru_cache(maxsize=1)
def _jwks() -> jwt.PyJWKClient:
    return jwt.PyJWKClient(os.environ["OB_JWKS_URL"], cache_keys=True, lifespan=900)


def validated_claims(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> dict:
    token = creds.credentials
    try:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unsupported token header")
        signing_key = _jwks().get_signing_key(header["kid"])
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=os.environ["OB_API_AUDIENCE"],
            issuer=os.environ["OB_ISSUER"],
            options={"require": ["exp", "iat", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def consent_id(claims: dict = Depends(validated_claims)) -> str:
    try:
        return claims["openbanking_intent_id"]
    except KeyError:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "token not bound to a consent") from None
