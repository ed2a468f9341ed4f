"""Validates single sign-on tokens issued by the college for visiting apprentices."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class CollegeIdp:
    issuer: str
    jwks_url: str
    audience: str = "ironbridge-forge-workshop"
    algorithms: tuple[str, ...] = ("RS256",)

    @classmethod
    def from_env(cls) -> "CollegeIdp":
        return cls(issuer=os.environ["COLLEGE_IDP_ISSUER"], jwks_url=os.environ["COLLEGE_IDP_JWKS"])


class ApprenticeTokenValidator:
    def __init__(self, idp: CollegeIdp) -> None:
        self.idp = idp
        self._jwks = PyJWKClient(idp.jwks_url, cache_keys=True)

    def _header(self, token: str) -> Dict[str, Any]:
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.idp.algorithms or "kid" not in header:
            raise jwt.InvalidTokenError("unexpected token header")
        return header

    def validate(self, token: str) -> Dict[str, Any]:
        self._header(token)
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        return jwt.decode(
            token,
            signing_key.key,
            algorithms=list(self.idp.algorithms),
            audience=self.idp.audience,
            issuer=self.idp.issuer,
            options={"require": ["exp", "sub", "iss", "aud"]},
        )


def apprentice_identity(token: str, validator: ApprenticeTokenValidator) -> Dict[str, str]:
    claims = validator.validate(token)
    return {
        "student_id": str(claims["sub"]),
        "name": str(claims.get("name", "")),
        "college": str(claims.get("org", "")),
    }
