"""Posts start-up notices for the chandlery services to the operations chat
channel, so the warehouse and order desk know when the ordering system was
restarted and with which configuration.
"""
import os
import socket
from dataclasses import dataclass, field

import httpx

REQUIRED_SETTINGS = (
    "CHANDLER_ENV",
    "CHANDLER_PORT_CODE",
    "CHANDLER_DB_URL",
    "CHANDLER_CUSTOMS_API_KEY",
    "CHANDLER_ACQUIRER_API_KEY",
)


@dataclass
class ChatNotifier:
    webhook_url: str = field(default_factory=lambda: os.environ["OPS_CHAT_WEBHOOK_URL"])
    service: str = "order-desk"

    def _settings_snapshot(self) -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if k.startswith("CHANDLER_")}

    def _card(self, title: str, facts: dict[str, str]) -> dict:
        return {
            "text": f"*{title}*",
            "attachments": [
                {"fields": [{"title": k, "value": v, "short": True} for k, v in facts.items()]}
            ],
        }

    async def startup(self, version: str) -> None:
        facts = {"service": self.service, "version": version, "host": socket.gethostname()}
        facts.update(self._settings_snapshot())
        async with httpx.AsyncClient(timeout=10.0) as client:
            await client.post(self.webhook_url, json=self._card("Service started", facts))

    async def shutdown(self, reason: str) -> None:
        facts = {"service": self.service, "host": socket.gethostname(), "reason": reason}
        async with httpx.AsyncClient(timeout=10.0) as client:
            await client.post(self.webhook_url, json=self._card("Service stopping", facts))


def missing_settings() -> list[str]:
    return [name for name in REQUIRED_SETTINGS if not os.environ.get(name)]
