"""Client for the brine pump controller's REST gateway.

The intake pumps are driven by a PLC behind a small REST gateway on the plant
network. The boiling plan scheduler asks it to start and stop fills.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

logger = logging.getLogger("saltboiler.intake.pumps")


@dataclass(frozen=True)
class PumpGatewayConfig:
    url: str
    username: str
    password: str = field(repr=False)
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "PumpGatewayConfig":
        return cls(
            url=os.environ["PUMP_GATEWAY_URL"],
            username=os.environ["PUMP_GATEWAY_USER"],
            password=os.environ["PUMP_GATEWAY_PASSWORD"],
        )


class PumpGateway:
    def __init__(self, cfg: PumpGatewayConfig):
        self._cfg = cfg
        self._session = requests.Session()
        self._session.auth = (cfg.username, cfg.password)
        logger.info("pump gateway client configured: %s", cfg)

    def _command(self, pump: str, action: str, **params) -> dict:
        response = self._session.post(
            f"{self._cfg.url}/pumps/{pump}/{action}", json=params, timeout=self._cfg.timeout
        )
        response.raise_for_status()
        return response.json()

    def start_fill(self, pump: str, tank: str, target_m3: float) -> str:
        result = self._command(pump, "start", tank=tank, target_m3=target_m3)
        logger.info("pump %s filling %s to %.1f m3 (job %s)", pump, tank, target_m3, result["job"])
        return result["job"]

    def stop(self, pump: str) -> None:
        self._command(pump, "stop")
        logger.info("pump %s stopped", pump)
