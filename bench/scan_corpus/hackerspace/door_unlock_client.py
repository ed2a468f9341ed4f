"""Client for the door controller's remote-unlock API.

Used by the front-desk app when a keyholder lets in a delivery or a
member who forgot their fob. Every remote unlock is audited.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ControllerConfig:
    base_url: str
    token: str
    timeout: float = 5.0

    @classmethod
    def from_env(cls) -> "ControllerConfig":
        return cls(
            base_url=os.environ["DOOR_CONTROLLER_URL"].rstrip("/"),
            token=os.environ["DOOR_CONTROLLER_TOKEN"],
            timeout=float(os.environ.get("DOOR_CONTROLLER_TIMEOUT", "5")),
        )


class DoorController:
    def __init__(self, config: ControllerConfig):
        self.config = config
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {config.token}"

    def unlock(self, door: str, seconds: int, requested_by: str) -> None:
        if not 1 <= seconds <= 30:
            raise ValueError("unlock duration must be 1-30 seconds")
        resp = self.session.post(
            f"{self.config.base_url}/doors/{door}/unlock",
            json={"seconds": seconds, "reason": f"remote unlock by {requested_by}"},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        log.info("remote unlock of %s for %ss by %s", door, seconds, requested_by)

    def status(self) -> dict:
        resp = self.session.get(f"{self.config.base_url}/doors", timeout=self.config.timeout)
        resp.raise_for_status()
        return {d["name"]: d["state"] for d in resp.json()["doors"]}
