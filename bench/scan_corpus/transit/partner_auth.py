"""Authentication for third-party apps using the journey planner API.

Partners (ticketing apps, MaaS aggregators) obtain tokens from our identity
provider and call the planner with ``Authorization: Bearer <jwt>``. The
token's ``scope`` claim decides which endpoints they may use.
"""
import time
from dataclasses import dataclass

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import jwt
from jose.exceptions import JWTError

bearer_scheme = HTTPBearer(auto_error=True)

EXPECTED_ISSUER = "https://id.citytransit.example/realms/partners"


@dataclass
class Partner:
    client_id: str
    scopes: frozenset[str]


def _claims_for(token: str) -> dict:
    try:
        claims = jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unknown issuer")
    if claims.get("exp", 0) < time.time():
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token expired")
    return claims


def current_partner(creds: HTTPAuthorizationCredentials = Depends(bearer_scheme)) -> Partner:
    claims = _claims_for(creds.credentials)
    return Partner(
        client_id=claims["azp"],
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(partner: Partner = Depends(current_partner)) -> Partner:
        if scope not in partner.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"missing scope {scope}")
        return partner

    return checker
