"""Authenticated session against the regional traffic centre's dispatch API."""
from __future__ import annotations

import logging
import os
from typing import Any

import requests

log = logging.getLogger("winter.dispatch")


class TrafficCentreSession:
    def __init__(self, base_url: str, client_id: str, client_secret: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.http = requests.Session()
        self.headers: dict[str, str] = {"Accept": "application/json"}

    def login(self) -> None:
        resp = self.http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        self.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def _trace(self, method: str, path: str) -> None:
        log.debug("-> %s %s%s headers=%s", method, self.base_url, path, self.headers)

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        if "Authorization" not in self.headers:
            self.login()
        self._trace(method, path)
        resp = self.http.request(method, f"{self.base_url}{path}", headers=self.headers, timeout=15, **kwargs)
        if resp.status_code == 401:
            self.login()
            self._trace(method, path)
            resp = self.http.request(method, f"{self.base_url}{path}", headers=self.headers, timeout=15, **kwargs)
        resp.raise_for_status()
        return resp

    def closures(self, district: str) -> list[dict[str, Any]]:
        return self._request("GET", "/v1/closures", params={"district": district}).json()["items"]

    def report_cleared(self, segment_id: int, unit_id: str) -> None:
        self._request("POST", "/v1/cleared", json={"segment": segment_id, "unit": unit_id})


def from_environment() -> TrafficCentreSession:
    return TrafficCentreSession(
        os.environ["TRAFFIC_CENTRE_URL"],
        os.environ["TRAFFIC_CENTRE_CLIENT_ID"],
        os.environ["TRAFFIC_CENTRE_CLIENT_SECRET"],
    )
