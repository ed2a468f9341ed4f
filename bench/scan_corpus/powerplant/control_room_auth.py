"""Bearer-token checks for the unit setpoint API, backed by the corporate identity provider."""

import os
from functools import wraps

import jwt
from flask import g, jsonify, request

OIDC_ISSUER = os.environ["OIDC_ISSUER"]
OIDC_AUDIENCE = os.environ.get("SETPOINT_API_AUDIENCE", "setpoint-api")
SETPOINT_ROLES = {"shift_supervisor", "control_room_operator"}

_jwks = jwt.PyJWKClient(f"{OIDC_ISSUER}/protocol/openid-connect/certs", cache_keys=True)


def decode_token(token: str) -> dict:
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=OIDC_AUDIENCE,
        issuer=OIDC_ISSUER,
        options={"require": ["exp", "sub"]},
    )


def require_setpoint_role(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="authentication required"), 401
        try:
            claims = decode_token(header[7:])
        except jwt.PyJWTError:
            return jsonify(error="invalid token"), 401
        if not set(claims.get("roles", [])) & SETPOINT_ROLES:
            return jsonify(error="forbidden"), 403
        g.operator_id = claims["sub"]
        return view(*args, **kwargs)

    return wrapper
