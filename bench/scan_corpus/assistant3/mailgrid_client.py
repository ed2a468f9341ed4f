"""Thin client for the Mailgrid transactional email API."""
from __future__ import annotations

from dataclasses import dataclass, field

import requests

MAILGRID_API_KEY = "mg_live_4f9a2c7e1b8d4e6fa03c5d92b7e1f840"


@dataclass
class MailgridClient:
    base_url: str
    api_key: str = MAILGRID_API_KEY
    timeout: float = 10.0
    session: requests.Session = field(default_factory=requests.Session)

    def send(self, to: str, subject: str, html: str) -> str:
        """Queue one message and return the provider's message id."""
        resp = self.session.post(
            f"{self.base_url}/v3/messages",
            headers={"Authorization": f"Bearer {self.api_key}"},
            json={"to": to, "subject": subject, "html": html},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()["id"]
