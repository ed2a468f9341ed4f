"""Verifies courier identity tokens issued by the delivery app at parlour handover."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class CourierClaims:
    courier_id: str
    partner: str
    order_ref: str


class HandoverTokenVerifier:
    accepted_algorithms = ["RS256", "ES256"]
    required_claims = ["exp", "iat", "iss", "aud", "sub", "order_ref"]

    def __init__(self, jwks_url: str, issuer: str, audience: str) -> None:
        self._jwks = PyJWKClient(jwks_url, cache_keys=True)
        self._issuer = issuer
        self._audience = audience

    def _decode_kwargs(self) -> dict[str, object]:
        return {
            "algorithms": self.accepted_algorithms,
            "audience": self._audience,
            "issuer": self._issuer,
            "options": {"require": self.required_claims},
            "leeway": 15,
        }

    def verify(self, token: str, expected_order: str) -> CourierClaims:
        signing_key = self._jwks.get_signing_key_from_jwt(token)
        claims = jwt.decode(token, signing_key.key, **self._decode_kwargs())
        if claims["order_ref"] != expected_order:
            raise PermissionError("token issued for a different order")
        return CourierClaims(claims["sub"], claims.get("partner", "unknown"), claims["order_ref"])


def verifier_from_env() -> HandoverTokenVerifier:
    return HandoverTokenVerifier(
        jwks_url=os.environ["COURIER_JWKS_URL"],
        issuer=os.environ["COURIER_TOKEN_ISSUER"],
        audience=os.environ.get("COURIER_TOKEN_AUDIENCE", "parlour-handover"),
    )
