"""Request authentication for the elected members' portal API.

Tokens are issued by the council's Azure AD tenant; the portal only needs the
member id and role claims to decide what a councillor can see.
"""
from functools import wraps

from flask import abort, g, request
from jose import jwt
from jose.exceptions import JWTError

COUNCILLOR_ROLE = "Members.Councillor"
CABINET_ROLE = "Members.Cabinet"


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _claims_from_request() -> dict:
    try:
        return jwt.get_unverified_claims(_bearer_token())
    except JWTError:
        abort(401)


def require_role(role: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            claims = _claims_from_request()
            if role not in claims.get("roles", []):
                abort(403)
            g.member_id = claims.get("oid")
            g.member_name = claims.get("name")
            return view(*args, **kwargs)

        return wrapper

    return decorator


councillor_required = require_role(COUNCILLOR_ROLE)
cabinet_required = require_role(CABINET_ROLE)
