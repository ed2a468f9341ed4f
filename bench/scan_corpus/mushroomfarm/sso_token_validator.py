"""Validates identity tokens issued by the farm's SSO provider for the staff portal."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import jwt
from jwt import PyJWKClient


class SSOTokenValidator:
    accepted_algorithms = ("RS256", "ES256")

    def __init__(self, issuer: str, audience: str, jwks_url: str) -> None:
        self.issuer = issuer
        self.audience = audience
        self._jwks = PyJWKClient(jwks_url, cache_keys=True)

    def _signing_key(self, token: str) -> Any:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.accepted_algorithms:
            raise jwt.InvalidAlgorithmError(f"unexpected alg {header.get('alg')}")
        return self._jwks.get_signing_key(header["kid"]).key

    def validate(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self._signing_key(token),
            algorithms=list(self.accepted_algorithms),
            audience=self.audience,
            issuer=self.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )


@lru_cache(maxsize=1)
def validator() -> SSOTokenValidator:
    return SSOTokenValidator(
        os.environ["SSO_ISSUER"], os.environ["SSO_AUDIENCE"], os.environ["SSO_JWKS_URL"]
    )


def staff_roles(token: str) -> set[str]:
    claims = validator().validate(token)
    return set(claims.get("roles", []))
