"""Staff single sign-on for the collections management web UI.

Tokens are issued by the organisation's identity provider. The ``kid`` in the
token header selects which published key to verify against.
"""
import functools

import jwt
from flask import abort, current_app, g, request
from jwt import PyJWKClient

_jwks_client: PyJWKClient | None = None


def _jwks() -> PyJWKClient:
    global _jwks_client
    if _jwks_client is None:
        _jwks_client = PyJWKClient(current_app.config["SSO_JWKS_URL"], cache_keys=True)
    return _jwks_client


def decode_staff_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    kid = header.get("kid")
    if not kid:
        raise jwt.InvalidTokenError("token has no key id")
    signing_key = _jwks().get_signing_key(kid)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=current_app.config["SSO_AUDIENCE"],
        issuer=current_app.config["SSO_ISSUER"],
        options={"require": ["exp", "iat", "sub"]},
    )


def staff_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            abort(401)
        try:
            g.staff = decode_staff_token(auth.removeprefix("Bearer "))
        except (jwt.PyJWTError, jwt.exceptions.PyJWKClientError):
            abort(401)
        return view(*args, **kwargs)

    return wrapper
