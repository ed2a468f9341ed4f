"""Flood warning SMS broadcast.

When the Environment Agency issues a flood warning for our stretch, the
duty manager sends one broadcast SMS to every customer booked in the next
48 hours and every instructor on the roster.
"""

import logging
import os
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger(__name__)


@dataclass
class GatewaySettings:
    base_url: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_URL"])
    account_sid: str = field(default_factory=lambda: os.environ["SMS_ACCOUNT_SID"])
    auth_token: str = field(default_factory=lambda: os.environ["SMS_AUTH_TOKEN"])
    sender: str = "CoracleHire"


class BroadcastClient:
    def __init__(self, settings: GatewaySettings | None = None):
        self.settings = settings or GatewaySettings()

    def _headers(self) -> dict:
        return {
            "Authorization": f"Bearer {self.settings.auth_token}",
            "X-Account": self.settings.account_sid,
            "Content-Type": "application/json",
        }

    async def broadcast(self, numbers: list[str], message: str) -> dict:
        url = f"{self.settings.base_url}/accounts/{self.settings.account_sid}/broadcasts"
        headers = self._headers()
        logger.info("Broadcast to %d numbers via %s (headers=%s)", len(numbers), url, headers)
        async with httpx.AsyncClient(timeout=30.0) as client:
            resp = await client.post(
                url,
                headers=headers,
                json={"from": self.settings.sender, "to": numbers, "body": message},
            )
        resp.raise_for_status()
        result = resp.json()
        logger.info("Broadcast %s accepted, %s queued", result.get("id"), result.get("queued"))
        return result


async def send_flood_warning(numbers: list[str], area: str, until: str) -> dict:
    message = (
        f"Flood warning for {area}. All coracle and canoe hire is suspended until {until}. "
        "We will contact you to rebook. Coracle Hire"
    )
    return await BroadcastClient().broadcast(numbers, message)
