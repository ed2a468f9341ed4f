"""Client for the SMS gateway used to text hauliers and neighbours.

Hauliers get a text when their loading slot is ready; neighbours on the blast
notification list get a text 24 hours and 15 minutes before each blast, as
agreed with the parish council.
"""

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("quarryman.sms")


@dataclass
class GatewayConfig:
    base_url: str = field(default_factory=lambda: os.environ.get(
        "SMS_GATEWAY_URL", "https://api.textrelay.example/v2"))
    api_token: str = field(default_factory=lambda: os.environ["SMS_GATEWAY_TOKEN"], repr=False)
    sender_id: str = "QUARRY"
    timeout: float = 10.0


class SmsGateway:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig()
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "Content-Type": "application/json",
            "User-Agent": "quarryman-sms/1.4",
        }

    def send(self, to_number: str, message: str) -> str:
        headers = self._headers()
        payload = {"from": self.config.sender_id, "to": to_number, "text": message[:459]}
        log.debug("POST %s/messages headers=%s", self.config.base_url, headers)
        resp = self.session.post(
            f"{self.config.base_url}/messages", json=payload, headers=headers,
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        message_id = resp.json()["id"]
        log.info("SMS %s queued to %s", message_id, to_number[-4:])
        return message_id

    def send_blast_warning(self, numbers: list[str], bench: str, fire_time: str) -> int:
        text = (
            f"Blast notice: a blast is planned on bench {bench} at {fire_time}. "
            "You may hear a siren two minutes before firing."
        )
        sent = 0
        for number in numbers:
            try:
                self.send(number, text)
                sent += 1
            except requests.RequestException:
                log.exception("Blast notice to ...%s failed", number[-4:])
        return sent
