"""Validation of SSO access tokens presented to the data-access API."""
import os
import time

import jwt
import requests

ISSUER = os.environ["OIDC_ISSUER"]
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "biobank-data-access")
JWKS_TTL = 600


class TokenValidator:
    def __init__(self, jwks_url: str | None = None):
        self.jwks_url = jwks_url or f"{ISSUER.rstrip('/')}/.well-known/jwks.json"
        self._keys: dict[str, jwt.PyJWK] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        resp = requests.get(self.jwks_url, timeout=10)
        resp.raise_for_status()
        self._keys = {k["kid"]: jwt.PyJWK(k) for k in resp.json()["keys"] if k.get("use") == "sig"}
        self._fetched_at = time.time()

    def _key_for(self, token: str) -> jwt.PyJWK:
        # the header is only used to pick the JWKS entry; the signature is checked below
        kid = jwt.get_unverified_header(token).get("kid")
        if kid not in self._keys or time.time() - self._fetched_at > JWKS_TTL:
            self._refresh()
        try:
            return self._keys[kid]
        except KeyError:
            raise jwt.InvalidTokenError("unknown signing key") from None

    def validate(self, token: str) -> dict:
        key = self._key_for(token)
        return jwt.decode(
            token,
            key.key,
            algorithms=["RS256"],
            audience=AUDIENCE,
            issuer=ISSUER,
            options={"require": ["exp", "iat", "sub"]},
        )
