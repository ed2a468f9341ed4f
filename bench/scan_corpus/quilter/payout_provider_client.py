"""Client for the payment processor that pays out member shop earnings."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from quilter.config import settings

logger = logging.getLogger("quilter.shops.payouts")


@dataclass
class PayoutProviderConfig:
    base_url: str
    account_id: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_settings(cls) -> "PayoutProviderConfig":
        return cls(
            base_url=settings.PAYOUT_API_URL,
            account_id=settings.PAYOUT_ACCOUNT_ID,
            api_key=settings.PAYOUT_API_KEY,
        )


class PayoutProviderClient:
    def __init__(self, config: PayoutProviderConfig | None = None):
        self.config = config or PayoutProviderConfig.from_settings()
        self._client = httpx.Client(
            base_url=self.config.base_url,
            timeout=self.config.timeout,
            headers={"Authorization": f"Bearer {self.config.api_key}"},
        )
        logger.info("payout client ready: %r", self.config)

    def create_payout(self, shop_id: int, amount: Decimal, currency: str = "usd") -> str:
        resp = self._client.post(
            f"/accounts/{self.config.account_id}/payouts",
            json={
                "amount": int(amount * 100),
                "currency": currency,
                "metadata": {"shop_id": shop_id},
            },
        )
        resp.raise_for_status()
        payout_id = resp.json()["id"]
        logger.info("created payout %s for shop %s (%s %s)", payout_id, shop_id, amount, currency)
        return payout_id

    def payout_status(self, payout_id: str) -> str:
        resp = self._client.get(f"/accounts/{self.config.account_id}/payouts/{payout_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._client.close()
