"""Validation of access tokens issued by partner schools.

Partner schools enrol their students into our online courses through an
API. Each partner signs its tokens with its own RSA key; keys are looked
up by the ``kid`` header in the partner key registry.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

import jwt

EXPECTED_AUDIENCE = "lingua-enrolment-api"
ACCEPTED_ALGORITHMS = ["RS256"]


@dataclass(frozen=True)
class PartnerKey:
    partner_code: str
    issuer: str
    public_key_pem: str


class PartnerTokenError(Exception):
    pass


class PartnerTokenValidator:
    def __init__(self, registry: Dict[str, PartnerKey]) -> None:
        self._registry = registry

    def _key_for(self, token: str) -> PartnerKey:
        header = jwt.get_unverified_header(token)
        kid = header.get("kid")
        if kid not in self._registry:
            raise PartnerTokenError(f"unknown partner key {kid!r}")
        return self._registry[kid]

    def validate(self, token: str) -> Dict[str, object]:
        partner = self._key_for(token)
        try:
            claims = jwt.decode(
                token,
                key=partner.public_key_pem,
                algorithms=ACCEPTED_ALGORITHMS,
                audience=EXPECTED_AUDIENCE,
                issuer=partner.issuer,
                options={"require": ["exp", "iat", "sub"]},
            )
        except jwt.PyJWTError as exc:
            raise PartnerTokenError(str(exc)) from exc
        claims["partner_code"] = partner.partner_code
        return claims
