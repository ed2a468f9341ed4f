"""Verify identity tokens issued by the workshop's SSO for the installer app."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer


@dataclass(frozen=True)
class SsoSettings:
    jwks_url: str
    issuer: str
    audience: str = "installer-app"
    algorithms: tuple[str, ...] = ("RS256",)

    @classmethod
    def from_env(cls) -> "SsoSettings":
        return cls(jwks_url=os.environ["SSO_JWKS_URL"], issuer=os.environ["SSO_ISSUER"])


@dataclass
class InstallerIdentity:
    subject: str
    crew: str
    email: str


class TokenVerifier:
    def __init__(self, settings: SsoSettings) -> None:
        self.settings = settings
        self._jwks = jwt.PyJWKClient(settings.jwks_url, cache_keys=True)

    def verify(self, token: str) -> InstallerIdentity:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.settings.algorithms),
            audience=self.settings.audience,
            issuer=self.settings.issuer,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
        return InstallerIdentity(
            subject=claims["sub"],
            crew=claims.get("crew", "unassigned"),
            email=claims.get("email", ""),
        )


_verifier = TokenVerifier(SsoSettings.from_env())
_bearer = HTTPBearer()


def current_installer(
    creds: HTTPAuthorizationCredentials = Depends(_bearer),
) -> InstallerIdentity:
    try:
        return _verifier.verify(creds.credentials)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
