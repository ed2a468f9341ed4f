"""Validate ID tokens issued by the corporate OIDC provider."""
import os

import jwt
from jwt import PyJWKClient

ISSUER = os.environ.get("OIDC_ISSUER", "https://login.example.com/")
AUDIENCE = os.environ.get("OIDC_CLIENT_ID", "reporting-portal")
_jwks = PyJWKClient(os.environ.get("OIDC_JWKS_URL", ISSUER.rstrip("/") + "/.well-known/jwks.json"))


def validate_id_token(token: str) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected alg")
    signing_key = _jwks.get_signing_key_from_jwt(token)
    return jwt.decode(
        token,
        signing_key.key,
        algorithms=["RS256"],
        audience=AUDIENCE,
        issuer=ISSUER,
    )
