"""Client for the co-brand card partner's points transfer API.

Used by the loyalty service to move points between a member's card account
and their frequent-flyer account.
"""
from decimal import Decimal

import httpx


class PointsTransferClient:
    API_KEY = "ptx_live_5f2a9c81d7e64b3a90c1e8f47b2d6a13"
    DEFAULT_TIMEOUT = 15.0

    def __init__(self, base_url: str, api_key: str | None = None, timeout: float | None = None):
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            headers={"X-Api-Key": api_key or self.API_KEY, "Accept": "application/json"},
            timeout=timeout or self.DEFAULT_TIMEOUT,
        )

    def balance(self, card_member_id: str) -> int:
        resp = self._client.get(f"/v1/members/{card_member_id}/balance")
        resp.raise_for_status()
        return int(resp.json()["points"])

    def transfer(self, card_member_id: str, ffp_number: str, points: int, ratio: Decimal) -> dict:
        if points <= 0:
            raise ValueError("points must be positive")
        resp = self._client.post(
            "/v1/transfers",
            json={
                "memberId": card_member_id,
                "destinationProgramme": "FFP",
                "destinationAccount": ffp_number,
                "points": points,
                "ratio": str(ratio),
            },
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
