"""Client for the EDI VAN gateway that relays IFTMIN bookings to ocean carriers."""

import logging
import time

import requests

from freight.config import settings

logger = logging.getLogger("edi.gateway")


class EdiGatewayClient:
    def __init__(self, session: requests.Session | None = None):
        self.base_url = settings.EDI_GATEWAY_URL.rstrip("/")
        self.session = session or requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/auth/token",
            json={"username": settings.EDI_GATEWAY_USER, "password": settings.EDI_GATEWAY_PASSWORD},
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["token"]
        ttl = int(body.get("expires_in", 1800))
        self._expires_at = time.time() + ttl - 30
        logger.info("authenticated to EDI gateway as %s, token valid for %ss", settings.EDI_GATEWAY_USER, ttl)

    def _auth_header(self) -> dict:
        if not self._token or time.time() >= self._expires_at:
            self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def send_booking(self, carrier_scac: str, edifact: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/messages",
            json={"recipient": carrier_scac, "type": "IFTMIN", "payload": edifact},
            headers=self._auth_header(),
            timeout=30,
        )
        resp.raise_for_status()
        message_id = resp.json()["messageId"]
        logger.info("sent IFTMIN to %s as message %s", carrier_scac, message_id)
        return message_id
