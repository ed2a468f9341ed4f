"""Validates SSO tokens issued by the drive-unit manufacturer's dealer portal."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict

import jwt
import requests
from jwt.algorithms import RSAAlgorithm


@dataclass(frozen=True)
class DealerSsoSettings:
    issuer: str = "https://dealers.drive-unit-oem.example"
    audience: str = "bikerepair-workshop"
    jwks_url: str = "https://dealers.drive-unit-oem.example/.well-known/jwks.json"
    algorithms: tuple = ("RS256",)
    leeway_s: int = 30


class JwksCache:
    def __init__(self, url: str) -> None:
        self.url = url

    @lru_cache(maxsize=1)
    def keys(self) -> Dict[str, Any]:
        resp = requests.get(self.url, timeout=10)
        resp.raise_for_status()
        return {k["kid"]: RSAAlgorithm.from_jwk(k) for k in resp.json()["keys"]}

    def key_for(self, kid: str) -> Any:
        try:
            return self.keys()[kid]
        except KeyError:
            self.keys.cache_clear()
            return self.keys()[kid]


class DealerTokenValidator:
    def __init__(self, settings: DealerSsoSettings = DealerSsoSettings()) -> None:
        self.settings = settings
        self.jwks = JwksCache(settings.jwks_url)

    def validate(self, token: str) -> Dict[str, Any]:
        header = jwt.get_unverified_header(token)
        key = self.jwks.key_for(header.get("kid", ""))
        return jwt.decode(
            token,
            key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options={"require": ["exp", "iat", "sub", "dealer_id"]},
        )


def dealer_from_token(token: str) -> str:
    return DealerTokenValidator().validate(token)["dealer_id"]
