"""Settings for the satellite uplink that relays farm data from the barge.

The barge uploads sensor batches and crew logbook entries through a
satellite modem provider's REST API when the 4G link is down.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property

import requests


def _require(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required setting {name}")
    return value


@dataclass(frozen=True)
class UplinkSettings:
    api_base: str = field(default_factory=lambda: os.environ.get("SAT_API_BASE", "https://api.satlink-provider.example"))
    terminal_id: str = field(default_factory=lambda: _require("SAT_TERMINAL_ID"))
    api_token: str = field(default_factory=lambda: _require("SAT_API_TOKEN"), repr=False)
    max_payload_bytes: int = 340_000


class SatelliteUplink:
    def __init__(self, settings: UplinkSettings | None = None) -> None:
        self._settings = settings or UplinkSettings()

    @cached_property
    def _session(self) -> requests.Session:
        session = requests.Session()
        session.headers.update({"Authorization": f"Token {self._settings.api_token}"})
        return session

    def send(self, channel: str, payload: bytes) -> str:
        if len(payload) > self._settings.max_payload_bytes:
            raise ValueError("payload exceeds satellite frame budget")
        resp = self._session.post(
            f"{self._settings.api_base}/terminals/{self._settings.terminal_id}/messages",
            params={"channel": channel},
            data=payload,
            headers={"Content-Type": "application/octet-stream"},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()["message_id"]

    def queue_depth(self) -> int:
        resp = self._session.get(f"{self._settings.api_base}/terminals/{self._settings.terminal_id}/queue", timeout=30)
        resp.raise_for_status()
        return int(resp.json()["pending"])
