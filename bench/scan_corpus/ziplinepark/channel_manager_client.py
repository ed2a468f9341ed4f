"""Client for the channel manager that syncs availability to resellers.

The channel manager's API is served behind the tourism board's private
certificate authority, whose bundle is installed with the app.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChannelSettings:
    base_url: str
    api_key: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "ChannelSettings":
        return cls(
            base_url=os.environ["ZP_CHANNEL_URL"].rstrip("/"),
            api_key=os.environ["ZP_CHANNEL_API_KEY"],
            ca_bundle=os.environ.get("ZP_CHANNEL_CA_BUNDLE", "/etc/ziplinepark/certs/tourism-board-ca.pem"),
        )


class ChannelManagerClient:
    def __init__(self, settings: ChannelSettings) -> None:
        self._base_url = settings.base_url
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["X-Api-Key"] = settings.api_key
        retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504), allowed_methods=None)
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def push_availability(self, course_code: str, day: date, slots: dict[str, int]) -> None:
        payload = {
            "product": course_code,
            "date": day.isoformat(),
            "slots": [{"start": start, "remaining": remaining} for start, remaining in sorted(slots.items())],
        }
        resp = self._session.put(f"{self._base_url}/v3/availability", json=payload, timeout=15)
        resp.raise_for_status()
        log.info("pushed %d slots for %s on %s", len(slots), course_code, day)

    def close_day(self, course_code: str, day: date, reason: str) -> None:
        resp = self._session.post(
            f"{self._base_url}/v3/closures",
            json={"product": course_code, "date": day.isoformat(), "reason": reason},
            timeout=15,
        )
        resp.raise_for_status()

    def pull_reservations(self, since: date) -> list[dict]:
        resp = self._session.get(f"{self._base_url}/v3/reservations", params={"since": since.isoformat()}, timeout=30)
        resp.raise_for_status()
        return resp.json()["reservations"]
