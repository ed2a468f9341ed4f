"""Verifies staff-app access tokens issued by the company identity provider."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IdpSettings:
    issuer: str
    audience: str
    jwks_url: str
    allowed_algorithms: tuple[str, ...] = ("RS256", "ES256")
    leeway_s: int = 30

    @classmethod
    def from_env(cls) -> "IdpSettings":
        return cls(
            issuer=os.environ["STAFF_IDP_ISSUER"],
            audience=os.environ.get("STAFF_IDP_AUDIENCE", "lift-staff-app"),
            jwks_url=os.environ["STAFF_IDP_JWKS_URL"],
        )


class TokenRejected(Exception):
    pass


class StaffTokenVerifier:
    def __init__(self, settings: IdpSettings) -> None:
        self.settings = settings

    @cached_property
    def _jwks(self) -> PyJWKClient:
        return PyJWKClient(self.settings.jwks_url, cache_keys=True, lifespan=900)

    def _signing_key(self, token: str):
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.settings.allowed_algorithms:
            raise TokenRejected(f"algorithm {header.get('alg')!r} not accepted")
        return self._jwks.get_signing_key(header["kid"]).key

    def verify(self, token: str) -> dict:
        try:
            return jwt.decode(
                token,
                self._signing_key(token),
                algorithms=list(self.settings.allowed_algorithms),
                audience=self.settings.audience,
                issuer=self.settings.issuer,
                leeway=self.settings.leeway_s,
                options={"require": ["exp", "iat", "sub"]},
            )
        except (jwt.PyJWTError, KeyError) as exc:
            raise TokenRejected(str(exc)) from exc

    def station_of(self, token: str) -> str:
        claims = self.verify(token)
        station = claims.get("station")
        if not station:
            raise TokenRejected("token has no station claim")
        return station
