"""Request authentication for the operator console API.

Tokens are issued by the customer's identity provider; the load balancer
in front of the console terminates TLS and forwards the bearer token.
"""
import functools

from flask import g, jsonify, request
from jose import JWTError, jwt

ROLE_CLAIM = "fleet_roles"


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def current_claims() -> dict | None:
    token = _bearer_token()
    if token is None:
        return None
    try:
        return jwt.get_unverified_claims(token)
    except JWTError:
        return None


def require_role(role: str):
    """Decorator for console API views, e.g. ``@require_role("dispatcher")``."""

    def decorator(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            claims = current_claims()
            if claims is None:
                return jsonify(error="unauthorized"), 401
            if role not in claims.get(ROLE_CLAIM, []):
                return jsonify(error="forbidden"), 403
            g.operator = claims.get("sub")
            g.site_id = claims.get("site_id")
            return view(*args, **kwargs)

        return wrapper

    return decorator
