"""Verifies access tokens issued by our identity service."""
import os

import jwt
from jwt import PyJWKClient

JWKS_URL = os.environ["AUTH_JWKS_URL"]
ISSUER = os.environ["AUTH_ISSUER"]
AUDIENCE = "marketplace-api"

_jwks = PyJWKClient(JWKS_URL)


def verify_access_token(token: str) -> dict:
    # the header is only read to find which key signed the token
    header = jwt.get_unverified_header(token)
    signing_key = _jwks.get_signing_key(header["kid"]).key
    return jwt.decode(
        token,
        signing_key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
        options={"require": ["exp", "sub"]},
    )
