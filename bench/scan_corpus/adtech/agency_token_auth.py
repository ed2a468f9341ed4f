"""FastAPI dependency that resolves the calling agency from its bearer token.

Tokens are minted by the identity service (RS256) and carry the agency id and
the advertiser accounts the caller may report on.
"""
import time

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from pydantic import BaseModel

from reporting.config import settings

bearer = HTTPBearer(auto_error=True)


class AgencyPrincipal(BaseModel):
    agency_id: str
    advertiser_ids: list[str]
    scopes: set[str]


def _claims_from_token(token: str) -> dict:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc

    if claims.get("iss") != settings.identity_issuer:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unexpected issuer")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return claims


async def current_agency(
    creds: HTTPAuthorizationCredentials = Depends(bearer),
) -> AgencyPrincipal:
    claims = _claims_from_token(creds.credentials)
    return AgencyPrincipal(
        agency_id=claims["agency_id"],
        advertiser_ids=claims.get("advertisers", []),
        scopes=set(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    async def _check(principal: AgencyPrincipal = Depends(current_agency)) -> AgencyPrincipal:
        if scope not in principal.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return principal

    return _check
