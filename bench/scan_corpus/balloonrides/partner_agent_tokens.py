"""Verifies tokens presented by travel agents who resell balloon flights."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class AgentTokenSettings:
    jwks_url: str
    issuer: str
    audience: str = "balloonops-agent-api"
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "AgentTokenSettings":
        return cls(jwks_url=os.environ["AGENT_JWKS_URL"], issuer=os.environ["AGENT_TOKEN_ISSUER"])


class AgentTokenVerifier:
    """Selects the signing key by kid and fully validates each agent token."""

    accepted_algorithms = ("RS256", "ES256")

    def __init__(self, settings: AgentTokenSettings) -> None:
        self.settings = settings
        self._jwks = PyJWKClient(settings.jwks_url, cache_keys=True)

    def _header(self, token: str) -> Dict[str, Any]:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.accepted_algorithms:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return header

    def verify(self, token: str) -> Dict[str, Any]:
        header = self._header(token)
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=[header["alg"]],
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            leeway=self.settings.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )

    def agent_id(self, token: str) -> str:
        return self.verify(token)["sub"]
