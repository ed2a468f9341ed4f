"""Client for the energy-screen controllers' REST interface.

Controller addresses come from the site inventory so that the same code runs
at every location.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import requests


@dataclass(frozen=True)
class SiteInventory:
    screen_controller_url: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "SiteInventory":
        return cls(
            screen_controller_url=os.environ["SCREEN_CONTROLLER_URL"],
            ca_bundle=os.environ.get("SITE_CA_BUNDLE", "/etc/ghops/site-ca.pem"),
        )


class ScreenControllerClient:
    def __init__(self, inventory: SiteInventory, timeout: float = 5.0):
        self._base = inventory.screen_controller_url.rstrip("/")
        self._http = requests.Session()
        self._http.verify = inventory.ca_bundle
        self._timeout = timeout

    def positions(self) -> dict[str, float]:
        resp = self._http.get(f"{self._base}/api/screens", timeout=self._timeout)
        resp.raise_for_status()
        return {s["id"]: s["position_pct"] for s in resp.json()["screens"]}

    def set_position(self, screen_id: str, position_pct: float) -> None:
        if not 0 <= position_pct <= 100:
            raise ValueError("position must be between 0 and 100")
        resp = self._http.put(
            f"{self._base}/api/screens/{screen_id}",
            json={"position_pct": position_pct},
            timeout=self._timeout,
        )
        resp.raise_for_status()
