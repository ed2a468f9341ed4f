"""Settings for the stockyard ERP integration.

Credentials are injected by the deployment (Vault agent renders them into
the environment); only non-secret defaults live here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

API_KEY_HEADER = "X-Api-Key"
TOKEN_PATH = "/oauth/token"
PASSWORD_GRANT_DISABLED = True
DEFAULT_PAGE_SIZE = 500
SECRET_ENV_VARS = ("STOCKYARD_ERP_API_KEY", "STOCKYARD_ERP_CLIENT_SECRET")


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True)
class ErpSettings:
    base_url: str
    api_key: str
    client_id: str
    client_secret: str
    page_size: int = DEFAULT_PAGE_SIZE
    timeout_s: int = 30

    def __repr__(self) -> str:
        return f"ErpSettings(base_url={self.base_url!r}, client_id={self.client_id!r})"


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"environment variable {name} is not set")
    return value


def load() -> ErpSettings:
    base_url = _require("STOCKYARD_ERP_URL")
    if not base_url.startswith("https://"):
        raise ConfigError("STOCKYARD_ERP_URL must use https")
    return ErpSettings(
        base_url=base_url.rstrip("/"),
        api_key=_require("STOCKYARD_ERP_API_KEY"),
        client_id=_require("STOCKYARD_ERP_CLIENT_ID"),
        client_secret=_require("STOCKYARD_ERP_CLIENT_SECRET"),
        page_size=int(os.environ.get("STOCKYARD_ERP_PAGE_SIZE", DEFAULT_PAGE_SIZE)),
    )
