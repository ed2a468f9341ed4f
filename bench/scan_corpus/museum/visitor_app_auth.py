"""Authentication dependency for the visitor mobile app API.

The app obtains tokens from the ticketing identity provider; the gallery guide
only needs the membership number and tier claims to personalise content.
"""
import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

bearer = HTTPBearer()


class Visitor(BaseModel):
    member_number: str | None = None
    tier: str = "general"
    locale: str = "en"


def current_visitor(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Visitor:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.InvalidTokenError as exc:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Invalid token") from exc
    return Visitor(
        member_number=claims.get("member_no"),
        tier=claims.get("tier", "general"),
        locale=claims.get("locale", "en"),
    )


def require_member(visitor: Visitor = Depends(current_visitor)) -> Visitor:
    if visitor.member_number is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Members only")
    return visitor
