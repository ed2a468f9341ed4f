"""Minimal client for the newsletter provider used by the sponsor portal."""

import os
from dataclasses import dataclass, field

import httpx

API_KEY_ENV = "NEWSLETTER_API_KEY"
DEFAULT_BASE_URL = "https://api.brevo.com/v3"


@dataclass
class NewsletterConfig:
    base_url: str = field(default_factory=lambda: os.environ.get("NEWSLETTER_BASE_URL", DEFAULT_BASE_URL))
    api_key: str = field(default_factory=lambda: os.environ[API_KEY_ENV], repr=False)
    sponsor_list_id: int = field(default_factory=lambda: int(os.environ.get("NEWSLETTER_SPONSOR_LIST", "0")))


class NewsletterClient:
    def __init__(self, config: NewsletterConfig | None = None):
        self.config = config or NewsletterConfig()
        self._http = httpx.Client(
            base_url=self.config.base_url,
            headers={"api-key": self.config.api_key, "accept": "application/json"},
            timeout=15.0,
        )

    def add_sponsor(self, email: str, first_name: str, animal: str) -> None:
        resp = self._http.post(
            "/contacts",
            json={
                "email": email,
                "attributes": {"FIRSTNAME": first_name, "ADOPTED_ANIMAL": animal},
                "listIds": [self.config.sponsor_list_id],
                "updateEnabled": True,
            },
        )
        resp.raise_for_status()

    def remove_sponsor(self, email: str) -> None:
        resp = self._http.post(
            f"/contacts/lists/{self.config.sponsor_list_id}/contacts/remove",
            json={"emails": [email]},
        )
        resp.raise_for_status()

    def close(self) -> None:
        self._http.close()
