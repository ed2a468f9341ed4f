"""Connector to the customs broker clearance API.

Large brokers expose an API the terminal polls for clearance status of
the boxes they represent, so release can be granted without waiting for
the single-window message.
"""
import logging
from dataclasses import dataclass, field

import httpx

from terminal_ops.config import settings

log = logging.getLogger(__name__)


@dataclass
class BrokerEndpoint:
    broker_code: str
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 15.0


def load_endpoints() -> list[BrokerEndpoint]:
    return [
        BrokerEndpoint(broker_code=code, base_url=cfg["url"], api_key=cfg["key"])
        for code, cfg in settings.CUSTOMS_BROKERS.items()
    ]


class BrokerClearanceClient:
    def __init__(self, endpoint: BrokerEndpoint):
        self.endpoint = endpoint
        log.info("broker clearance client configured: %s", endpoint)
        self.client = httpx.AsyncClient(
            base_url=endpoint.base_url,
            timeout=endpoint.timeout,
            headers={"Authorization": f"ApiKey {endpoint.api_key}"},
        )

    async def clearance_status(self, container_nos: list[str]) -> dict[str, str]:
        resp = await self.client.post("/clearance/status", json={"containers": container_nos})
        resp.raise_for_status()
        return {item["container"]: item["status"] for item in resp.json()["results"]}

    async def aclose(self) -> None:
        await self.client.aclose()


async def poll_all(container_nos: list[str]) -> dict[str, dict[str, str]]:
    results = {}
    for endpoint in load_endpoints():
        client = BrokerClearanceClient(endpoint)
        try:
            results[endpoint.broker_code] = await client.clearance_status(container_nos)
        finally:
            await client.aclose()
    return results
