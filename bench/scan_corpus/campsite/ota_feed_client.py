"""Pull new bookings from the online-travel-agent partner feed every few minutes."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import requests

API_KEY_HEADER = "X-Partner-Key"
TOKEN_PATH = "/oauth2/token"
DEFAULT_SCOPE = "bookings:read availability:write"


@dataclass
class PartnerCredentials:
    client_id: str
    client_secret: str = field(repr=False)
    partner_key: str = field(repr=False)

    @classmethod
    def from_environment(cls) -> "PartnerCredentials":
        return cls(
            client_id=os.environ["OTA_CLIENT_ID"],
            client_secret=os.environ["OTA_CLIENT_SECRET"],
            partner_key=os.environ["OTA_PARTNER_KEY"],
        )


class OtaFeed:
    def __init__(self, base_url: str, creds: PartnerCredentials) -> None:
        self.base_url = base_url.rstrip("/")
        self.creds = creds
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = creds.partner_key

    def _access_token(self) -> str:
        resp = self._session.post(
            self.base_url + TOKEN_PATH,
            data={"grant_type": "client_credentials", "scope": DEFAULT_SCOPE},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]

    def bookings_since(self, since: datetime) -> list[dict]:
        token = self._access_token()
        resp = self._session.get(
            f"{self.base_url}/v1/bookings",
            params={"updated_after": since.isoformat(timespec="seconds")},
            headers={"Authorization": f"Bearer {token}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json().get("bookings", [])


def feed_from_env() -> OtaFeed:
    return OtaFeed(os.environ["OTA_BASE_URL"], PartnerCredentials.from_environment())
