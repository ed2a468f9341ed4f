"""Client for the boathouse door controller.

The roller door and the side gate are driven by a small controller on the
boathouse network. The portal opens the door for members with an active
storage rack booking at the time they arrive.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DoorControllerConfig:
    host: str = field(default_factory=lambda: os.environ["BOATHOUSE_CONTROLLER_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("BOATHOUSE_CONTROLLER_PORT", "8443")))
    api_token: str = field(default_factory=lambda: os.environ["BOATHOUSE_CONTROLLER_TOKEN"], repr=False)
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("BOATHOUSE_CONTROLLER_CA", "/etc/canoeclub/boathouse-ca.pem")
    )

    @property
    def base_url(self) -> str:
        return f"https://{self.host}:{self.port}/api/v1"


class DoorController:
    DOORS = ("roller", "side_gate")

    def __init__(self, config: DoorControllerConfig | None = None) -> None:
        self.config = config or DoorControllerConfig()
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {self.config.api_token}"
        self._session.verify = self.config.ca_bundle

    def open(self, door: str, seconds: int = 20, reason: str = "") -> None:
        if door not in self.DOORS:
            raise ValueError(f"unknown door {door}")
        response = self._session.post(
            f"{self.config.base_url}/doors/{door}/open",
            json={"hold_seconds": max(5, min(seconds, 120)), "reason": reason[:80]},
            timeout=5,
        )
        response.raise_for_status()
        log.info("opened %s for %ss (%s)", door, seconds, reason)

    def status(self) -> dict[str, str]:
        response = self._session.get(f"{self.config.base_url}/doors", timeout=5)
        response.raise_for_status()
        return {d["name"]: d["state"] for d in response.json()["doors"]}
