"""Configuration for the e-prescribing network client.

Secrets are never defaulted: if ``ERX_CLIENT_SECRET`` or the signing key
path is missing the service refuses to start.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

TOKEN_PATH = "/oauth2/v2/token"
GRANT_TYPE = "client_credentials"
SECRET_ENV_VAR = "ERX_CLIENT_SECRET"
PASSWORD_FIELD = "password"
API_KEY_HEADER = "X-Erx-Api-Key"


class ConfigError(RuntimeError):
    pass


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class ErxConfig:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    signing_key_path: str
    portal_account: str
    timeout_s: float = 20.0

    @property
    def token_url(self) -> str:
        return self.base_url.rstrip("/") + TOKEN_PATH

    @classmethod
    def from_env(cls) -> "ErxConfig":
        return cls(
            base_url=_required("ERX_BASE_URL"),
            client_id=_required("ERX_CLIENT_ID"),
            client_secret=_required(SECRET_ENV_VAR),
            signing_key_path=_required("ERX_SIGNING_KEY_PATH"),
            portal_account=_required("ERX_PORTAL_ACCOUNT"),
            timeout_s=float(os.environ.get("ERX_TIMEOUT_S", "20")),
        )
