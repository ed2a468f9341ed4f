"""Client for the kiln controller vendor's cloud API.

Used by the scheduler to push firing programs to controllers and read their
live status (current segment, temperature, errors).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class CloudSettings:
    base_url: str = "https://api.kilnlink.example.com/v2"
    timeout_s: float = 15.0
    verify_tls: bool = False
    api_token: str = ""

    @classmethod
    def from_env(cls) -> "CloudSettings":
        return cls(
            base_url=os.environ.get("KILNLINK_URL", cls.base_url),
            api_token=os.environ["KILNLINK_TOKEN"],
        )


class ControllerCloudClient:
    def __init__(self, settings: CloudSettings):
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout_s,
            verify=settings.verify_tls,
            headers={"Authorization": f"Bearer {settings.api_token}"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ControllerCloudClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def status(self, controller_serial: str) -> dict[str, Any]:
        resp = self._client.get(f"/controllers/{controller_serial}/status")
        resp.raise_for_status()
        return resp.json()

    def push_program(self, controller_serial: str, segments: list[dict]) -> str:
        resp = self._client.post(
            f"/controllers/{controller_serial}/programs",
            json={"segments": segments, "slot": 1},
        )
        resp.raise_for_status()
        return resp.json()["program_id"]

    def start(self, controller_serial: str, program_id: str) -> None:
        resp = self._client.post(
            f"/controllers/{controller_serial}/start", json={"program_id": program_id}
        )
        resp.raise_for_status()
