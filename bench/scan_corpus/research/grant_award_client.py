"""Client for the research office awards API used by grant reporting."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests

TOKEN_ENV_VAR = "RO_API_TOKEN"
AUTH_HEADER = "Authorization"
TOKEN_PREFIX = "Bearer"
PASSWORD_RESET_URL_KEY = "password_reset_url"


@dataclass
class AwardClientConfig:
    base_url: str = field(default_factory=lambda: os.environ["RO_API_URL"])
    token: str = field(default_factory=lambda: os.environ[TOKEN_ENV_VAR], repr=False)
    timeout: float = 30.0


class AwardClient:
    def __init__(self, config: AwardClientConfig | None = None) -> None:
        self.config = config or AwardClientConfig()
        self._session = requests.Session()
        self._session.headers[AUTH_HEADER] = f"{TOKEN_PREFIX} {self.config.token}"

    def award(self, award_number: str) -> dict:
        resp = self._session.get(
            f"{self.config.base_url.rstrip('/')}/v2/awards/{award_number}",
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def support_links(self) -> dict[str, str]:
        """Help-desk links shown on the grant reporting page footer."""
        resp = self._session.get(
            f"{self.config.base_url.rstrip('/')}/v2/meta/links", timeout=self.config.timeout
        )
        resp.raise_for_status()
        links = resp.json()
        return {k: links[k] for k in ("help_url", PASSWORD_RESET_URL_KEY) if k in links}
