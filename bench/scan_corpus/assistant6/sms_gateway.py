"""Send SMS notifications through the gateway provider."""
import os

import requests

API_KEY_HEADER = "X-Api-Key"
DEFAULT_SENDER = "ACMESHOP"


class SmsGateway:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = base_url or os.environ["SMS_GATEWAY_URL"]
        self._api_key = api_key or os.environ["SMS_GATEWAY_API_KEY"]
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = self._api_key

    def send(self, to: str, body: str, sender: str = DEFAULT_SENDER) -> str:
        resp = self._session.post(
            f"{self.base_url}/messages",
            json={"to": to, "from": sender, "text": body},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["message_id"]
