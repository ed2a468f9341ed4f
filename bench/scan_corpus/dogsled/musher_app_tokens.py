"""Validates tokens issued by the company identity provider to the musher mobile app."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

import jwt
import requests


@dataclass(frozen=True)
class IdentityConfig:
    issuer: str
    audience: str
    jwks_url: str

    @classmethod
    def from_env(cls) -> "IdentityConfig":
        issuer = os.environ["MUSHER_IDP_ISSUER"].rstrip("/")
        return cls(issuer=issuer, audience="musher-app", jwks_url=f"{issuer}/.well-known/jwks.json")


class KeyRing:
    def __init__(self, config: IdentityConfig) -> None:
        self._config = config

    @cached_property
    def keys(self) -> dict[str, object]:
        resp = requests.get(self._config.jwks_url, timeout=10)
        resp.raise_for_status()
        return {k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}


class MusherTokenValidator:
    def __init__(self, config: IdentityConfig, keyring: KeyRing) -> None:
        self._config = config
        self._keyring = keyring

    def claims(self, token: str) -> dict:
        kid = jwt.get_unverified_header(token).get("kid")
        key = self._keyring.keys.get(kid)
        if key is None:
            raise jwt.InvalidTokenError("unknown signing key")
        return jwt.decode(
            token,
            key=key,
            algorithms=["RS256"],
            audience=self._config.audience,
            issuer=self._config.issuer,
            options={"require": ["exp", "iat", "sub"]},
        )


def musher_id_from_header(authorization: str, validator: MusherTokenValidator) -> str:
    scheme, _, token = authorization.partition(" ")
    if scheme.lower() != "bearer":
        raise jwt.InvalidTokenError("expected bearer token")
    return validator.claims(token)["sub"]
