"""SMS notifications to swarm collectors and course attendees via the SMS provider."""
import logging
from urllib.parse import urlencode

import httpx

from skepmaker.config import settings

logger = logging.getLogger(__name__)

SMS_PROVIDER = {
    "endpoint": "https://api.textline-sms.example/v1/send",
    "sender": "SKEPMAKER",
    "api_key": settings.SMS_API_KEY,
}


class SmsNotifier:
    def __init__(self, provider: dict = SMS_PROVIDER):
        self.provider = provider
        self.client = httpx.AsyncClient(timeout=10.0)

    def _build_url(self, to: str, text: str) -> str:
        query = urlencode({
            "key": self.provider["api_key"],
            "from": self.provider["sender"],
            "to": to,
            "text": text,
        })
        return f"{self.provider['endpoint']}?{query}"

    async def send(self, to: str, text: str) -> bool:
        url = self._build_url(to, text)
        try:
            response = await self.client.get(url)
        except httpx.HTTPError as exc:
            logger.error("SMS request failed: %s (%s)", exc, url)
            return False
        if response.status_code != 200:
            logger.warning("SMS provider returned %s for %s", response.status_code, to)
            return False
        return True

    async def notify_collectors(self, phones: list, area: str) -> int:
        message = f"Swarm reported near {area}. Open the Skepmaker app to claim it."
        delivered = 0
        for phone in phones:
            if await self.send(phone, message):
                delivered += 1
        return delivered

    async def aclose(self) -> None:
        await self.client.aclose()
