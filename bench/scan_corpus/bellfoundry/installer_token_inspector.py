"""Validates identity-provider tokens for the installer portal using the provider's JWKS."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, List

import jwt
from jwt import PyJWKClient


@dataclass
class IssuerConfig:
    issuer: str = field(default_factory=lambda: os.environ["IDP_ISSUER"])
    audience: str = field(default_factory=lambda: os.environ.get("IDP_AUDIENCE", "installer-portal"))
    algorithms: List[str] = field(default_factory=lambda: ["RS256"])

    @property
    def jwks_url(self) -> str:
        return f"{self.issuer.rstrip('/')}/.well-known/jwks.json"


class InstallerTokenInspector:
    def __init__(self, config: IssuerConfig | None = None) -> None:
        self.config = config or IssuerConfig()
        self._jwks = PyJWKClient(self.config.jwks_url, cache_keys=True)

    def key_id(self, token: str) -> str:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.config.algorithms:
            raise jwt.InvalidAlgorithmError("unexpected algorithm")
        return header.get("kid", "")

    def claims(self, token: str) -> Dict[str, Any]:
        self.key_id(token)
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=self.config.algorithms,
            audience=self.config.audience,
            issuer=self.config.issuer,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )

    def crew_of(self, token: str) -> str:
        return str(self.claims(token).get("crew", "unassigned"))


if __name__ == "__main__":
    import sys

    inspector = InstallerTokenInspector()
    data = inspector.claims(sys.argv[1])
    print(f"installer {data['sub']} crew={data.get('crew')} expires={data['exp']}")
