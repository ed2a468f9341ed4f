"""HTTP client for the timing gateway with request logging for trackside debugging."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("velodrome.timing.client")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def redacted(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass
class TimingClientSettings:
    base_url: str
    api_key: str
    ca_bundle: str = "/etc/velodrome/ca/timing-gateway.pem"

    @classmethod
    def from_env(cls) -> "TimingClientSettings":
        return cls(os.environ["TIMING_GATEWAY_URL"], os.environ["TIMING_GATEWAY_KEY"])


class TimingClient:
    def __init__(self, settings: TimingClientSettings):
        self.settings = settings
        self.http = requests.Session()
        self.http.verify = settings.ca_bundle
        self.http.headers.update({"X-Api-Key": settings.api_key, "Accept": "application/json"})

    def _send(self, method: str, path: str, **kwargs) -> dict:
        url = self.settings.base_url.rstrip("/") + path
        log.debug("%s %s headers=%s", method, url, redacted(dict(self.http.headers)))
        resp = self.http.request(method, url, timeout=5, **kwargs)
        log.debug("-> %s in %.0f ms", resp.status_code, resp.elapsed.total_seconds() * 1000)
        resp.raise_for_status()
        return resp.json()

    def current_heat(self, event_id: int) -> dict:
        return self._send("GET", f"/events/{event_id}/current-heat")

    def push_result(self, event_id: int, heat: int, order: list[str]) -> dict:
        return self._send("POST", f"/events/{event_id}/heats/{heat}/result", json={"order": order})


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    client = TimingClient(TimingClientSettings.from_env())
    print(client.current_heat(int(os.environ.get("EVENT_ID", "1"))))
