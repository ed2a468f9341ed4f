"""Single sign-on for corporate contract managers via their company identity provider."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient


@dataclass(frozen=True)
class IdpConfig:
    issuer: str
    jwks_url: str
    client_id: str
    allowed_algorithms: tuple[str, ...] = ("RS256",)
    leeway_s: int = 30


def config_from_env() -> IdpConfig:
    return IdpConfig(
        issuer=os.environ["CORP_SSO_ISSUER"],
        jwks_url=os.environ["CORP_SSO_JWKS_URL"],
        client_id=os.environ["CORP_SSO_CLIENT_ID"],
    )


class IdTokenValidator:
    def __init__(self, config: IdpConfig) -> None:
        self.config = config
        self._jwks = PyJWKClient(config.jwks_url, cache_keys=True)

    def claims(self, id_token: str) -> dict:
        signing_key = self._jwks.get_signing_key_from_jwt(id_token)
        return jwt.decode(
            id_token,
            signing_key.key,
            algorithms=list(self.config.allowed_algorithms),
            audience=self.config.client_id,
            issuer=self.config.issuer,
            leeway=self.config.leeway_s,
            options={"require": ["exp", "iat", "sub", "email"]},
        )


def manager_from_token(validator: IdTokenValidator, id_token: str, contract_lookup) -> dict:
    claims = validator.claims(id_token)
    contract = contract_lookup(email_domain=claims["email"].rsplit("@", 1)[-1])
    if contract is None:
        raise PermissionError("no uniform contract for this company")
    return {"subject": claims["sub"], "email": claims["email"], "contract_id": contract.id}
