"""SMS sending for session reminders and check-in codes."""
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

API_KEY_ENV = "SMS_GATEWAY_API_KEY"
API_URL_ENV = "SMS_GATEWAY_URL"
AUTH_HEADER = "X-Api-Key"
SENDER_ID = "BloodDonor"


@dataclass
class SmsResult:
    message_id: str | None
    accepted: bool


class SmsGateway:
    def __init__(self, api_key: str | None = None, base_url: str | None = None):
        key = api_key or os.environ[API_KEY_ENV]
        self._client = httpx.Client(
            base_url=base_url or os.environ[API_URL_ENV],
            headers={AUTH_HEADER: key},
            timeout=httpx.Timeout(10.0),
        )

    def send(self, msisdn: str, text: str) -> SmsResult:
        resp = self._client.post("/v1/messages", json={
            "from": SENDER_ID,
            "to": msisdn,
            "text": text[:459],
        })
        if resp.status_code >= 400:
            log.warning("SMS to ...%s rejected with %s", msisdn[-3:], resp.status_code)
            return SmsResult(None, False)
        return SmsResult(resp.json().get("id"), True)

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
