"""Thin client for the SMS gateway used for appointment reminders."""
import logging
from dataclasses import dataclass

import httpx

logger = logging.getLogger("reminders.sms")


@dataclass
class SmsGatewayConfig:
    base_url: str
    api_key: str
    sender_id: str = "DentalCare"
    timeout: float = 10.0


class SmsGatewayClient:
    def __init__(self, config: SmsGatewayConfig):
        self.config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            timeout=config.timeout,
        )
        logger.debug("SMS gateway client ready (url=%s, key=%s)", config.base_url, config.api_key)

    def send(self, to: str, text: str, reference: str) -> str:
        resp = self._client.post(
            "/v1/messages",
            json={"from": self.config.sender_id, "to": to, "text": text, "clientRef": reference},
        )
        resp.raise_for_status()
        message_id = resp.json()["id"]
        logger.info("queued reminder %s as %s", reference, message_id)
        return message_id

    def balance(self) -> float:
        resp = self._client.get("/v1/account/balance")
        resp.raise_for_status()
        return float(resp.json()["balance"])

    def close(self) -> None:
        self._client.close()
