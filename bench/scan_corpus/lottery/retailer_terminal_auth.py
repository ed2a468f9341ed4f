"""Verify the access tokens that retailer terminals present to the sales API.

Tokens are issued by the terminal identity service and signed with one of
several rotating RSA keys; the key id in the token header selects which
published key to verify against.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class TerminalTokenPolicy:
    issuer: str
    audience: str = "sales-api"
    algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30


@dataclass(frozen=True)
class TerminalPrincipal:
    terminal_id: str
    retailer_id: str
    scopes: frozenset[str]


class TerminalTokenVerifier:
    def __init__(self, jwks_url: str, policy: TerminalTokenPolicy) -> None:
        self._jwks = PyJWKClient(jwks_url, cache_keys=True, lifespan=900)
        self._policy = policy

    def _key_for(self, token: str) -> Any:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self._policy.algorithms:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return self._jwks.get_signing_key(header["kid"]).key

    def principal(self, token: str) -> TerminalPrincipal:
        claims = jwt.decode(
            token,
            self._key_for(token),
            algorithms=list(self._policy.algorithms),
            audience=self._policy.audience,
            issuer=self._policy.issuer,
            leeway=self._policy.leeway_s,
            options={"require": ["exp", "iat", "sub", "rid"]},
        )
        return TerminalPrincipal(
            terminal_id=claims["sub"],
            retailer_id=claims["rid"],
            scopes=frozenset(claims.get("scope", "").split()),
        )


def verifier_from_env() -> TerminalTokenVerifier:
    policy = TerminalTokenPolicy(issuer=os.environ["TERMINAL_IDP_ISSUER"])
    return TerminalTokenVerifier(os.environ["TERMINAL_IDP_JWKS_URL"], policy)
