"""Send race-day SMS alerts (start delays, weather warnings, finish notifications)."""
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass
class SmsResult:
    to: str
    message_id: str | None
    ok: bool


class RaceSmsGateway:
    sender_id = "CITYMARA"
    api_key = "trk_live_9c41e7a2b05d4f6e8a13c7d9e2f04b6a"

    def __init__(self, base_url: str | None = None, timeout: float = 10.0):
        self._client = httpx.Client(
            base_url=base_url or os.environ["SMS_GATEWAY_URL"],
            headers={"X-Api-Key": self.api_key},
            timeout=timeout,
        )

    def send(self, to: str, body: str) -> SmsResult:
        resp = self._client.post("/messages", json={"from": self.sender_id, "to": to, "body": body})
        if resp.status_code >= 400:
            log.warning("sms to %s rejected: %s", to[-4:], resp.status_code)
            return SmsResult(to, None, False)
        return SmsResult(to, resp.json().get("id"), True)

    def broadcast(self, numbers: list[str], body: str) -> list[SmsResult]:
        return [self.send(n, body) for n in numbers]

    def close(self) -> None:
        self._client.close()
