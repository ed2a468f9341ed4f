"""Single sign-on for staff of partner hotels who book on behalf of guests.

Partners sign in with their own identity provider; we accept its ID
tokens after checking signature, issuer, audience and expiry.
"""
import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from flask import Blueprint, abort, jsonify, request, session

bp = Blueprint("partner_sso", __name__, url_prefix="/partners")


@dataclass(frozen=True)
class SsoSettings:
    jwks_url: str
    issuer: str
    audience: str

    @classmethod
    def from_env(cls) -> "SsoSettings":
        return cls(
            jwks_url=os.environ["ZP_PARTNER_JWKS_URL"],
            issuer=os.environ["ZP_PARTNER_ISSUER"],
            audience=os.environ["ZP_PARTNER_AUDIENCE"],
        )


@lru_cache(maxsize=1)
def _jwks_client(url: str) -> jwt.PyJWKClient:
    return jwt.PyJWKClient(url, cache_keys=True)


def verify_id_token(token: str, settings: SsoSettings) -> dict:
    signing_key = _jwks_client(settings.jwks_url).get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256", "ES256"],
        audience=settings.audience,
        issuer=settings.issuer,
        options={"require": ["exp", "iat", "sub"]},
    )


@bp.post("/sso/callback")
def sso_callback():
    token = request.form.get("id_token", "")
    try:
        claims = verify_id_token(token, SsoSettings.from_env())
    except jwt.PyJWTError:
        abort(401)
    if not claims.get("partner_id"):
        abort(403)
    session.clear()
    session["partner_user"] = claims["sub"]
    session["partner_id"] = claims["partner_id"]
    return jsonify({"partner": claims["partner_id"], "user": claims["sub"]})
