"""Thin client for the loyalty partner API (points balance and redemptions)."""
import logging
import os

import requests

logger = logging.getLogger(__name__)


class LoyaltyPartnerClient:
    def __init__(self, base_url: str | None = None, client_id: str | None = None,
                 api_key: str | None = None):
        self.base_url = (base_url or os.environ["LOYALTY_PARTNER_URL"]).rstrip("/")
        self.client_id = client_id or os.environ["LOYALTY_PARTNER_CLIENT_ID"]
        api_key = api_key or os.environ["LOYALTY_PARTNER_API_KEY"]
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "X-Client-Id": self.client_id}
        )
        logger.debug("loyalty partner client ready: url=%s client_id=%s", self.base_url, self.client_id)

    def balance(self, card_number: str) -> int:
        resp = self.session.get(f"{self.base_url}/cards/{card_number}/balance", timeout=10)
        resp.raise_for_status()
        return int(resp.json()["points"])

    def redeem(self, card_number: str, points: int, reference: str) -> str:
        resp = self.session.post(
            f"{self.base_url}/cards/{card_number}/redemptions",
            json={"points": points, "reference": reference},
            timeout=10,
        )
        resp.raise_for_status()
        logger.info("redeemed %d points reference=%s", points, reference)
        return resp.json()["redemption_id"]
