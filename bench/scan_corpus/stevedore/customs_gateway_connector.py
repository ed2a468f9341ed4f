"""Connector to the national customs single-window gateway.

The terminal submits discharge reports and receives hold and release
messages for import containers. Connection parameters come from the
deployment settings.
"""
import logging
from dataclasses import dataclass

import httpx

from terminal_ops.config import settings

log = logging.getLogger(__name__)


@dataclass
class GatewayConfig:
    endpoint: str
    declarant_id: str
    api_key: str
    timeout: float = 20.0

    @classmethod
    def from_settings(cls) -> "GatewayConfig":
        return cls(
            endpoint=settings.CUSTOMS_GATEWAY_URL,
            declarant_id=settings.CUSTOMS_DECLARANT_ID,
            api_key=settings.CUSTOMS_GATEWAY_KEY,
        )


class CustomsGateway:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig.from_settings()
        log.info("customs gateway client configured: %s", self.config)
        self.client = httpx.Client(
            base_url=self.config.endpoint,
            timeout=self.config.timeout,
            headers={"X-Api-Key": self.config.api_key, "X-Declarant": self.config.declarant_id},
        )

    def submit_discharge_report(self, voyage: str, containers: list[str]) -> str:
        resp = self.client.post(
            "/discharge-reports",
            json={"voyage": voyage, "containers": containers},
        )
        resp.raise_for_status()
        return resp.json()["reportId"]

    def pending_holds(self) -> list[dict]:
        resp = self.client.get("/holds", params={"status": "ACTIVE"})
        resp.raise_for_status()
        return resp.json()["items"]
