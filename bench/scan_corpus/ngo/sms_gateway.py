"""SMS gateway used for shift reminders and safety check-ins for field staff."""
import logging
import re
import time
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

E164 = re.compile(r"^\+[1-9]\d{7,14}$")


@dataclass
class SendResult:
    message_id: str
    segments: int


class SmsGatewayError(RuntimeError):
    pass


class SmsGateway:
    def __init__(self, base_url: str, api_key: str, sender_id: str, timeout: float = 10.0, retries: int = 2):
        self.base_url = base_url.rstrip("/")
        self.sender_id = sender_id
        self.timeout = timeout
        self.retries = retries
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_key}"
        log.debug("SMS gateway ready: url=%s sender=%s key=%s", self.base_url, sender_id, api_key)

    @staticmethod
    def _mask(number: str) -> str:
        return number[:4] + "*" * (len(number) - 6) + number[-2:]

    def send(self, to: str, body: str) -> SendResult:
        if not E164.match(to):
            raise ValueError("recipient must be in E.164 format")
        payload = {"from": self.sender_id, "to": to, "text": body}
        for attempt in range(self.retries + 1):
            resp = self._session.post(f"{self.base_url}/v1/messages", json=payload, timeout=self.timeout)
            if resp.status_code < 500:
                break
            log.warning("Gateway %s on attempt %d, retrying", resp.status_code, attempt + 1)
            time.sleep(2 ** attempt)
        if resp.status_code >= 400:
            raise SmsGatewayError(f"gateway returned {resp.status_code}")
        data = resp.json()
        log.info("SMS %s sent to %s", data["id"], self._mask(to))
        return SendResult(message_id=data["id"], segments=int(data.get("parts", 1)))

    @classmethod
    def from_config(cls, cfg) -> "SmsGateway":
        return cls(cfg["SMS_BASE_URL"], cfg["SMS_API_KEY"], cfg["SMS_SENDER_ID"])
