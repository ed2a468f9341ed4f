"""Token validation for contractors (blasting, haulage, plant hire) on the site portal."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IssuerConfig:
    issuer: str
    audience: str
    jwks_url: str
    allowed_algs: tuple[str, ...] = ("RS256", "ES256")
    leeway_s: int = 30


@dataclass
class ContractorPrincipal:
    subject: str
    company: str
    roles: list[str]


@lru_cache(maxsize=4)
def _jwks(url: str) -> PyJWKClient:
    return PyJWKClient(url, cache_keys=True)


class ContractorTokenValidator:
    def __init__(self, cfg: IssuerConfig) -> None:
        self.cfg = cfg

    def _signing_key(self, token: str):
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.cfg.allowed_algs:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return _jwks(self.cfg.jwks_url).get_signing_key_from_jwt(token).key

    def validate(self, token: str) -> ContractorPrincipal:
        claims = jwt.decode(
            token,
            self._signing_key(token),
            algorithms=list(self.cfg.allowed_algs),
            audience=self.cfg.audience,
            issuer=self.cfg.issuer,
            leeway=self.cfg.leeway_s,
            options={"require": ["exp", "iat", "sub", "aud", "iss"]},
        )
        return ContractorPrincipal(
            subject=claims["sub"],
            company=claims.get("company", ""),
            roles=list(claims.get("roles", [])),
        )

    def may_enter_blast_zone(self, principal: ContractorPrincipal) -> bool:
        return "shotfirer" in principal.roles or "blast-supervisor" in principal.roles
