"""Authorization dependency for the cleanroom access-control API.

Badge readers and the gowning kiosks call this service with a bearer token
issued by the site identity provider. The token carries the badge number
and the list of cleanroom zones the holder is qualified for.
"""
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from jose import JWTError, jwt
from pydantic import BaseModel

bearer = HTTPBearer()


class BadgeHolder(BaseModel):
    badge_id: str
    name: str
    zones: list[str]


def _claims(token: str) -> dict:
    try:
        return jwt.get_unverified_claims(token)
    except JWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "malformed token") from exc


def current_holder(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> BadgeHolder:
    claims = _claims(creds.credentials)
    if "badge" not in claims:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token has no badge claim")
    return BadgeHolder(
        badge_id=claims["badge"],
        name=claims.get("name", ""),
        zones=claims.get("cr_zones", []),
    )


def require_zone(zone: str):
    def checker(holder: BadgeHolder = Depends(current_holder)) -> BadgeHolder:
        if zone not in holder.zones:
            raise HTTPException(status.HTTP_403_FORBIDDEN, f"not qualified for zone {zone}")
        return holder

    return checker
