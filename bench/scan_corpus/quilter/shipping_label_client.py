"""Client for the shipping label service used by member shops and swaps."""
import logging
from dataclasses import dataclass, field

import httpx

from quilter.config import settings

logger = logging.getLogger("quilter.shipping")


@dataclass
class LabelServiceConfig:
    base_url: str
    carrier_account: str
    api_token: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_settings(cls) -> "LabelServiceConfig":
        return cls(
            base_url=settings.LABEL_API_URL,
            carrier_account=settings.LABEL_CARRIER_ACCOUNT,
            api_token=settings.LABEL_API_TOKEN,
        )


class LabelServiceClient:
    def __init__(self, config: LabelServiceConfig | None = None):
        self.config = config or LabelServiceConfig.from_settings()
        self._client = httpx.Client(
            base_url=self.config.base_url,
            timeout=self.config.timeout,
            headers={"X-Api-Token": self.config.api_token},
        )
        logger.info("label client ready: %r", self.config)

    def buy_label(self, order_ref: str, parcel: dict, to_address: dict) -> dict:
        resp = self._client.post(
            "/labels",
            json={
                "carrier_account": self.config.carrier_account,
                "reference": order_ref,
                "parcel": parcel,
                "to": to_address,
                "from": settings.GUILD_RETURN_ADDRESS,
            },
        )
        resp.raise_for_status()
        label = resp.json()
        logger.info("label %s bought for %s, tracking %s", label["id"], order_ref, label["tracking"])
        return {"id": label["id"], "tracking": label["tracking"], "pdf_url": label["pdf_url"]}

    def void_label(self, label_id: str) -> None:
        resp = self._client.post(f"/labels/{label_id}/void")
        resp.raise_for_status()
        logger.info("label %s voided", label_id)
