"""Validation of LTI 1.3 id_tokens sent by registered platforms."""
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient

ALLOWED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class PlatformRegistration:
    issuer: str
    client_id: str
    jwks_url: str


class LaunchValidator:
    def __init__(self, registration: PlatformRegistration):
        self.registration = registration
        self._jwks = PyJWKClient(registration.jwks_url, cache_keys=True, lifespan=3600)

    def validate(self, id_token: str) -> dict:
        # The header is only read to pick the signing key out of the platform's JWKS.
        header = jwt.get_unverified_header(id_token)
        if header.get("alg") not in ALLOWED_ALGORITHMS or "kid" not in header:
            raise jwt.InvalidTokenError("unexpected token header")
        signing_key = self._jwks.get_signing_key(header["kid"])
        return jwt.decode(
            id_token,
            signing_key.key,
            algorithms=ALLOWED_ALGORITHMS,
            audience=self.registration.client_id,
            issuer=self.registration.issuer,
            leeway=30,
            options={"require": ["exp", "iat", "sub", "nonce"]},
        )
