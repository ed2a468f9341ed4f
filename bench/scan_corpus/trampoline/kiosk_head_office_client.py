"""Mutual-TLS client the site kiosks use to sync bookings with head office."""
from __future__ import annotations

import json
import os
import ssl
import urllib.request
from dataclasses import dataclass, field


@dataclass
class HeadOfficeTls:
    ca_file: str = field(default_factory=lambda: os.environ["HQ_CA_FILE"])
    client_cert: str = field(default_factory=lambda: os.environ["KIOSK_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["KIOSK_CLIENT_KEY"])
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    max_version: ssl.TLSVersion = ssl.TLSVersion.MAXIMUM_SUPPORTED


def build_context(tls: HeadOfficeTls) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=tls.ca_file)
    ctx.minimum_version = tls.min_version
    ctx.maximum_version = tls.max_version
    ctx.load_cert_chain(tls.client_cert, tls.client_key)
    return ctx


class HeadOfficeSync:
    def __init__(self, base_url: str | None = None, tls: HeadOfficeTls | None = None) -> None:
        self.base_url = (base_url or os.environ["HQ_SYNC_URL"]).rstrip("/")
        self._ctx = build_context(tls or HeadOfficeTls())

    def _request(self, method: str, path: str, payload: dict | None = None) -> dict:
        data = json.dumps(payload).encode() if payload is not None else None
        req = urllib.request.Request(
            f"{self.base_url}{path}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, context=self._ctx, timeout=20) as resp:
            return json.load(resp)

    def pull_bookings(self, site_code: str, since_iso: str) -> list[dict]:
        return self._request("GET", f"/sites/{site_code}/bookings?since={since_iso}")["items"]

    def push_checkins(self, site_code: str, checkins: list[dict]) -> int:
        return self._request("POST", f"/sites/{site_code}/checkins", {"items": checkins})["accepted"]
