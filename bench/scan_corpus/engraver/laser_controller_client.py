"""Client for the controller service that sits in front of the shop's laser engravers."""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass

import httpx

CONTROLLER_URL = os.environ.get("LASER_CONTROLLER_URL", "https://laserctl.shop.internal:8443")
CA_BUNDLE = os.environ.get("SHOP_CA_BUNDLE", "/etc/engraver/pki/shop-ca.pem")
CLIENT_CERT = os.environ.get("LASER_CLIENT_CERT", "/etc/engraver/pki/queue-worker.pem")
CLIENT_KEY = os.environ.get("LASER_CLIENT_KEY", "/etc/engraver/pki/queue-worker.key")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


@dataclass
class MachineStatus:
    name: str
    state: str
    job_id: str | None
    bed_temp_c: float


class LaserController:
    def __init__(self, base_url: str = CONTROLLER_URL, timeout: float = 8.0):
        self._client = httpx.Client(base_url=base_url, verify=_tls_context(), timeout=timeout)

    def __enter__(self) -> "LaserController":
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def machines(self) -> list[MachineStatus]:
        resp = self._client.get("/v1/machines")
        resp.raise_for_status()
        return [
            MachineStatus(m["name"], m["state"], m.get("job_id"), float(m.get("bed_temp_c", 0)))
            for m in resp.json()["machines"]
        ]

    def pause(self, machine: str) -> None:
        self._client.post(f"/v1/machines/{machine}/pause").raise_for_status()

    def resume(self, machine: str) -> None:
        self._client.post(f"/v1/machines/{machine}/resume").raise_for_status()

    def idle_machines(self) -> list[str]:
        return [m.name for m in self.machines() if m.state == "idle"]
