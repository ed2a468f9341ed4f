"""Verifies SSO tokens for restaurant group buyers signing into the wholesale portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IssuerConfig:
    issuer: str
    audience: str
    jwks_url: str
    leeway_s: int = 30
    algorithms: tuple[str, ...] = ("RS256", "ES256")


@lru_cache(maxsize=1)
def issuer_config() -> IssuerConfig:
    return IssuerConfig(
        issuer=os.environ["SSO_ISSUER"],
        audience=os.environ["SSO_AUDIENCE"],
        jwks_url=os.environ["SSO_JWKS_URL"],
    )


@lru_cache(maxsize=1)
def jwks_client() -> PyJWKClient:
    return PyJWKClient(issuer_config().jwks_url, cache_keys=True, lifespan=3600)


@dataclass
class Buyer:
    subject: str
    email: str
    restaurant_group: str
    roles: tuple[str, ...]


class TokenRejected(Exception):
    pass


def authenticate(token: str) -> Buyer:
    cfg = issuer_config()
    header = jwt.get_unverified_header(token)
    if header.get("alg") not in cfg.algorithms:
        raise TokenRejected("unexpected signing algorithm")
    signing_key = jwks_client().get_signing_key_from_jwt(token)
    try:
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(cfg.algorithms),
            audience=cfg.audience,
            issuer=cfg.issuer,
            leeway=cfg.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise TokenRejected(str(exc)) from exc
    return Buyer(
        subject=claims["sub"],
        email=claims.get("email", ""),
        restaurant_group=claims.get("org", ""),
        roles=tuple(claims.get("roles", ())),
    )
