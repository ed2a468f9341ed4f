"""Bearer-token authentication for the internal staff API.

Tokens are issued by the group's identity provider and signed with one of
several rotating keys; the `kid` header says which one.
"""
import jwt
from flask import g, request, abort
from functools import wraps

from fhgroup.config import get_settings

ALLOWED_ALGORITHMS = ["RS256"]


def _signing_key_for(token: str) -> str:
    header = jwt.get_unverified_header(token)
    keys = get_settings().STAFF_JWT_PUBLIC_KEYS  # {kid: pem}
    kid = header.get("kid")
    if kid not in keys:
        raise jwt.InvalidKeyError(f"unknown key id {kid!r}")
    return keys[kid]


def decode_staff_token(token: str) -> dict:
    settings = get_settings()
    return jwt.decode(
        token,
        key=_signing_key_for(token),
        algorithms=ALLOWED_ALGORITHMS,
        audience=settings.STAFF_JWT_AUDIENCE,
        issuer=settings.STAFF_JWT_ISSUER,
        options={"require": ["exp", "iat", "sub"]},
    )


def staff_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token:
            abort(401)
        try:
            g.staff_claims = decode_staff_token(token)
        except jwt.PyJWTError:
            abort(401)
        return view(*args, **kwargs)

    return wrapper
