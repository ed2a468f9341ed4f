"""Verifies identity tokens issued to shipping-agent staff by the portal IdP.

The IdP rotates its signing keys; the ``kid`` in the token header picks
the right key from the published JWKS.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class AgentTokenConfig:
    jwks_url: str
    issuer: str
    audience: str = "agent-portal"
    leeway_seconds: int = 30

    @classmethod
    def from_env(cls) -> "AgentTokenConfig":
        return cls(jwks_url=os.environ["AGENT_IDP_JWKS"], issuer=os.environ["AGENT_IDP_ISSUER"])


@dataclass
class AgentIdentity:
    user_id: str
    agent_code: str
    can_order_pilots: bool


class AgentTokenVerifier:
    def __init__(self, config: AgentTokenConfig) -> None:
        self._config = config

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(self._config.jwks_url, cache_keys=True)

    def verify(self, token: str) -> AgentIdentity:
        header = jwt.get_unverified_header(token)
        if header.get("alg") != "RS256":
            raise jwt.InvalidAlgorithmError("unexpected algorithm")
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=["RS256"],
            audience=self._config.audience,
            issuer=self._config.issuer,
            leeway=self._config.leeway_seconds,
            options={"require": ["exp", "iat", "sub"]},
        )
        return AgentIdentity(
            user_id=claims["sub"],
            agent_code=claims["agent_code"],
            can_order_pilots="pilot:order" in claims.get("scope", "").split(),
        )
