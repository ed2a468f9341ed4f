"""Client for sending opening set-points to sluice gate PLC gateways."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

import requests

logger = logging.getLogger("floodctl.sluice")


class GatewaySettings:
    """Connection settings for the regional gate gateway."""

    timeout_s: float = 8.0

    def __init__(self) -> None:
        self.base_url = os.environ["SLUICE_GATEWAY_URL"].rstrip("/")
        self._token = os.environ["SLUICE_GATEWAY_TOKEN"]

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}


@dataclass
class GateCommand:
    gate_id: str
    opening_pct: float
    reason: str
    operator: str = "auto-rule-engine"


class SluiceGateClient:
    """Sends set-points for a single gate and returns the gateway acknowledgement."""

    def __init__(self, settings: GatewaySettings | None = None) -> None:
        self.settings = settings or GatewaySettings()
        self.session = requests.Session()

    def _request_options(self, command: GateCommand) -> dict[str, Any]:
        return {
            "url": f"{self.settings.base_url}/api/v2/gates/{command.gate_id}/setpoint",
            "json": {
                "opening_pct": round(command.opening_pct, 1),
                "reason": command.reason,
                "operator": command.operator,
            },
            "headers": self.settings.auth_headers,
            "timeout": self.settings.timeout_s,
        }

    def send(self, command: GateCommand) -> dict[str, Any]:
        if not 0.0 <= command.opening_pct <= 100.0:
            raise ValueError(f"opening out of range for {command.gate_id}")
        options = self._request_options(command)
        logger.info("Dispatching gate set-point request %s", options)
        response = self.session.post(**options)
        response.raise_for_status()
        ack = response.json()
        logger.info("Gate %s acknowledged set-point, sequence=%s", command.gate_id, ack.get("seq"))
        return ack
