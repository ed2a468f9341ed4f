"""Patron CRM API wrapper used by the subscriptions renewal campaign."""
import os
from dataclasses import dataclass, field

import requests

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "PATRON_CRM_API_KEY"


@dataclass
class CRMConfig:
    base_url: str = field(default_factory=lambda: os.environ["PATRON_CRM_URL"])
    api_key: str = field(default_factory=lambda: os.environ[API_KEY_ENV], repr=False)
    timeout: float = 20.0


class PatronCRM:
    def __init__(self, config: CRMConfig | None = None):
        self.config = config or CRMConfig()
        self.http = requests.Session()
        self.http.headers[API_KEY_HEADER] = self.config.api_key

    def _url(self, path: str) -> str:
        return f"{self.config.base_url.rstrip('/')}{path}"

    def lapsed_subscribers(self, season: str) -> list[dict]:
        resp = self.http.get(
            self._url("/subscribers"),
            params={"status": "lapsed", "season": season},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()["results"]

    def tag_contact(self, contact_id: int, tag: str) -> None:
        resp = self.http.post(
            self._url(f"/contacts/{contact_id}/tags"),
            json={"tag": tag},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
