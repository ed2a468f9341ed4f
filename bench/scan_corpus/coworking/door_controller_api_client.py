"""REST client for the door-controller management API at each site.

Controllers present certificates issued by the internal access-control CA, so
the client pins that CA bundle rather than the public trust store.
"""
from __future__ import annotations

import os
import ssl
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(frozen=True)
class ControllerApiConfig:
    base_url: str
    ca_bundle: str = field(default_factory=lambda: os.environ["ACCESS_CA_BUNDLE"])
    client_cert: str = field(default_factory=lambda: os.environ["ACCESS_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["ACCESS_CLIENT_KEY"])
    timeout: float = 10.0


def _tls_context(config: ControllerApiConfig) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=config.ca_bundle)
    context.load_cert_chain(config.client_cert, config.client_key)
    return context


class DoorControllerClient:
    def __init__(self, config: ControllerApiConfig) -> None:
        self._http = httpx.Client(
            base_url=config.base_url,
            verify=_tls_context(config),
            timeout=config.timeout,
        )

    def __enter__(self) -> "DoorControllerClient":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._http.close()

    def door_status(self, door_id: str) -> dict:
        response = self._http.get(f"/api/v2/doors/{door_id}")
        response.raise_for_status()
        return response.json()

    def set_schedule(self, door_id: str, schedule: list[dict]) -> None:
        response = self._http.put(f"/api/v2/doors/{door_id}/schedule", json={"windows": schedule})
        response.raise_for_status()

    def pulse_unlock(self, door_id: str, seconds: int = 5) -> None:
        response = self._http.post(f"/api/v2/doors/{door_id}/pulse", json={"seconds": seconds})
        response.raise_for_status()
