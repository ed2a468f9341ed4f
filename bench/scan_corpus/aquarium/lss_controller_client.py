"""Client for the life-support controllers' REST interface.

Controller addresses come from the site configuration so the same code runs on
the gateway in each gallery (and against the simulator in staging).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class ControllerConfig:
    base_url: str
    timeout: float = 5.0

    @classmethod
    def from_env(cls, gallery: str) -> "ControllerConfig":
        key = f"LSS_{gallery.upper()}_CONTROLLER_URL"
        try:
            base_url = os.environ[key]
        except KeyError:
            raise RuntimeError(f"{key} is not set") from None
        return cls(base_url=base_url, timeout=float(os.getenv("LSS_TIMEOUT", "5")))


class ControllerClient:
    def __init__(self, config: ControllerConfig):
        self._client = httpx.Client(base_url=config.base_url, timeout=config.timeout)

    def readings(self, tank_ids: list[str]) -> list[dict]:
        resp = self._client.get("/api/v1/readings", params={"tanks": ",".join(tank_ids)})
        resp.raise_for_status()
        return resp.json()["readings"]

    def setpoints(self, tank_id: str) -> dict:
        resp = self._client.get(f"/api/v1/tanks/{tank_id}/setpoints")
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
