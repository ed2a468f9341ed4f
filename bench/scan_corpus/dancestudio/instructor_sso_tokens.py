"""Validates access tokens issued to instructors by the staff identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class StaffIdpConfig:
    issuer: str = os.environ.get("STAFF_IDP_ISSUER", "")
    audience: str = "instructor-hub"
    jwks_path: str = ".well-known/jwks.json"
    algorithms: tuple = ("RS256", "ES256")
    leeway_s: int = 30


@dataclass
class InstructorPrincipal:
    instructor_id: str
    studios: List[str]
    roles: List[str]


class InstructorTokenValidator:
    def __init__(self, config: StaffIdpConfig = StaffIdpConfig()) -> None:
        self.config = config
        self._jwks = PyJWKClient(config.issuer + config.jwks_path, cache_keys=True)

    def _signing_key(self, token: str):
        header = jwt.get_unverified_header(token)
        if header.get("alg") not in self.config.algorithms:
            raise jwt.InvalidAlgorithmError(header.get("alg"))
        return self._jwks.get_signing_key(header["kid"]).key

    def claims(self, token: str) -> Dict[str, Any]:
        return jwt.decode(
            token,
            key=self._signing_key(token),
            algorithms=list(self.config.algorithms),
            audience=self.config.audience,
            issuer=self.config.issuer,
            leeway=self.config.leeway_s,
            options={"require": ["exp", "iat", "sub"]},
        )

    def principal(self, token: str) -> InstructorPrincipal:
        data = self.claims(token)
        return InstructorPrincipal(
            instructor_id=data["sub"],
            studios=list(data.get("studios", [])),
            roles=list(data.get("roles", [])),
        )


def can_edit_timetable(principal: InstructorPrincipal, studio_code: str) -> bool:
    return studio_code in principal.studios and "timetable-editor" in principal.roles
