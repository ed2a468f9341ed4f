"""Validates ID tokens from the identity provider used for owner sign-in."""
import os
import time
from dataclasses import dataclass

import jwt
import requests

SSO_CONFIG = {
    "issuer": os.environ.get("OWNER_SSO_ISSUER", "https://login.example-kennels.co.uk/"),
    "audience": os.environ.get("OWNER_SSO_CLIENT_ID", "booking-portal"),
    "jwks_path": ".well-known/jwks.json",
    "algorithms": ["RS256"],
    "cache_seconds": 3600,
}


@dataclass
class OwnerIdentity:
    subject: str
    email: str
    email_verified: bool


class JwksCache:
    def __init__(self, config: dict = SSO_CONFIG):
        self.config = config
        self._keys: dict[str, object] = {}
        self._fetched_at = 0.0

    def _refresh(self) -> None:
        url = self.config["issuer"].rstrip("/") + "/" + self.config["jwks_path"]
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        self._keys = {
            k["kid"]: jwt.algorithms.RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]
        }
        self._fetched_at = time.time()

    def key_for(self, kid: str):
        stale = time.time() - self._fetched_at > self.config["cache_seconds"]
        if stale or kid not in self._keys:
            self._refresh()
        if kid not in self._keys:
            raise jwt.InvalidTokenError(f"unknown signing key {kid}")
        return self._keys[kid]


_jwks = JwksCache()


def verify_owner_token(token: str, config: dict = SSO_CONFIG) -> OwnerIdentity:
    header = jwt.get_unverified_header(token)
    key = _jwks.key_for(header.get("kid", ""))
    claims = jwt.decode(
        token,
        key,
        algorithms=config["algorithms"],
        audience=config["audience"],
        issuer=config["issuer"],
        options={"require": ["exp", "iat", "sub"]},
    )
    return OwnerIdentity(
        subject=claims["sub"],
        email=claims.get("email", ""),
        email_verified=bool(claims.get("email_verified")),
    )
