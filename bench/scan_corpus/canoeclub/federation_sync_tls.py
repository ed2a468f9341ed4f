"""Nightly sync of affiliation numbers with the national federation.

The federation exposes a small HTTPS API; the club pushes new members
and pulls back their federation numbers and insurance expiry dates.
"""
from __future__ import annotations

import http.client
import json
import os
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class FederationConfig:
    api_url: str
    api_token: str
    ca_file: str | None = None

    @classmethod
    def from_env(cls) -> "FederationConfig":
        return cls(
            api_url=os.environ["FEDERATION_API_URL"],
            api_token=os.environ["FEDERATION_API_TOKEN"],
            ca_file=os.environ.get("FEDERATION_CA_FILE"),
        )


def build_context(ca_file: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class FederationSync:
    def __init__(self, config: FederationConfig) -> None:
        parts = urlsplit(config.api_url)
        self._host = parts.hostname
        self._port = parts.port or 443
        self._prefix = parts.path.rstrip("/")
        self._token = config.api_token
        self._context = build_context(config.ca_file)

    def _request(self, method: str, path: str, payload: dict | None = None) -> dict:
        conn = http.client.HTTPSConnection(self._host, self._port, context=self._context, timeout=30)
        try:
            body = json.dumps(payload).encode("utf-8") if payload is not None else None
            conn.request(
                method,
                f"{self._prefix}{path}",
                body=body,
                headers={"Authorization": f"Bearer {self._token}",
                         "Content-Type": "application/json"},
            )
            response = conn.getresponse()
            data = response.read()
            if response.status >= 400:
                raise RuntimeError(f"federation API returned {response.status}")
            return json.loads(data) if data else {}
        finally:
            conn.close()

    def push_new_members(self, members: list[dict]) -> list[dict]:
        result = self._request("POST", "/clubs/me/members", {"members": members})
        return result.get("accepted", [])

    def pull_affiliations(self, since: str) -> list[dict]:
        return self._request("GET", f"/clubs/me/affiliations?since={since}").get("items", [])
