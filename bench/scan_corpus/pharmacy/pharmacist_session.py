"""Validates the identity-provider tokens presented by pharmacy staff apps."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jwt
from flask import abort, current_app, g, request


@lru_cache(maxsize=1)
def _signing_keys() -> dict[str, str]:
    """Public keys exported from the IdP, one PEM per key id."""
    key_dir = Path(current_app.config["IDP_PUBLIC_KEY_DIR"])
    return {p.stem: p.read_text() for p in key_dir.glob("*.pem")}


def decode_staff_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    key = _signing_keys().get(header.get("kid", ""))
    if key is None:
        raise jwt.InvalidTokenError("unknown key id")
    return jwt.decode(
        token,
        key,
        algorithms=["RS256"],
        audience=current_app.config["IDP_AUDIENCE"],
        issuer=current_app.config["IDP_ISSUER"],
    )


def load_staff_identity() -> None:
    """before_request hook for the dispensing blueprint."""
    auth = request.headers.get("Authorization", "")
    if not auth.startswith("Bearer "):
        abort(401)
    try:
        claims = decode_staff_token(auth.removeprefix("Bearer "))
    except jwt.PyJWTError:
        abort(401)
    g.staff_id = claims["sub"]
    g.roles = set(claims.get("roles", []))
