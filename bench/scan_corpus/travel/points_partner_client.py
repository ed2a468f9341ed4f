"""Client for the co-brand card partner's points transfer API."""
import os
from decimal import Decimal

import httpx

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "POINTS_PARTNER_API_KEY"
TRANSFERS_PATH = "/v1/transfers"


class PointsPartnerClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 15.0):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={API_KEY_HEADER: key, "Accept": "application/json"},
            timeout=timeout,
        )

    def balance(self, card_member_id: str) -> int:
        resp = self._client.get(f"/v1/members/{card_member_id}/balance")
        resp.raise_for_status()
        return int(resp.json()["points"])

    def transfer(self, card_member_id: str, ffp_number: str, points: int, ratio: Decimal) -> dict:
        if points <= 0:
            raise ValueError("points must be positive")
        resp = self._client.post(TRANSFERS_PATH, json={
            "memberId": card_member_id,
            "destinationAccount": ffp_number,
            "points": points,
            "ratio": str(ratio),
        })
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()
