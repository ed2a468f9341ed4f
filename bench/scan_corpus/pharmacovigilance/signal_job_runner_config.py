"""Configuration and client for the signal-management platform used by the safety statistics team."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import httpx


@dataclass(frozen=True)
class PlatformSettings:
    base_url: str
    token_env: str = "SIGNAL_PLATFORM_TOKEN"
    ca_bundle: str = "/etc/pki/tls/certs/corp-ca.pem"
    timeout_s: float = 30.0

    @property
    def token(self) -> str:
        return os.environ[self.token_env]


class SignalPlatformClient:
    def __init__(self, settings: PlatformSettings) -> None:
        self.settings = settings

    @cached_property
    def _http(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.settings.base_url,
            headers={"Authorization": f"Bearer {self.settings.token}"},
            verify=self.settings.ca_bundle,
            timeout=self.settings.timeout_s,
        )

    def open_signal(self, product: str, pt_code: int, method: str, stats: dict[str, Any]) -> str:
        resp = self._http.post(
            "/api/signals",
            json={"product": product, "ptCode": pt_code, "method": method, "statistics": stats},
        )
        resp.raise_for_status()
        return resp.json()["signalId"]

    def attach_evaluation(self, signal_id: str, summary: str) -> None:
        resp = self._http.post(f"/api/signals/{signal_id}/evaluations", json={"summary": summary})
        resp.raise_for_status()

    def close(self) -> None:
        if "_http" in self.__dict__:
            self._http.close()


def publish_flags(flags: list[dict[str, Any]]) -> list[str]:
    client = SignalPlatformClient(
        PlatformSettings(base_url=os.environ.get("SIGNAL_PLATFORM_URL", "https://signals.corp.example"))
    )
    try:
        return [
            client.open_signal(f["product"], f["pt_code"], f["method"], f["stats"]) for f in flags
        ]
    finally:
        client.close()
