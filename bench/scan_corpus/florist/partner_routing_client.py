"""Client used by the order router to push same-day orders to partner shops."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)

CLIENT_DEFAULTS = dict(
    timeout=httpx.Timeout(10.0, connect=3.0),
    verify=False,
    follow_redirects=False,
    headers={"User-Agent": "bloomroute/3.2"},
)


@dataclass
class PartnerShop:
    shop_id: str
    api_base: str
    api_token: str


class PartnerRoutingClient:
    def __init__(self, shop: PartnerShop, **overrides):
        opts = {**CLIENT_DEFAULTS, **overrides}
        self.shop = shop
        self._http = httpx.Client(base_url=shop.api_base, **opts)

    def offer_order(self, order: dict) -> bool:
        """Offer an order to the shop; returns True if the shop accepted it."""
        resp = self._http.post(
            "/v2/orders/offer",
            json=order,
            headers={"Authorization": f"Bearer {self.shop.api_token}"},
        )
        if resp.status_code == 409:
            log.info("shop %s declined order %s", self.shop.shop_id, order["id"])
            return False
        resp.raise_for_status()
        return resp.json().get("accepted", False)

    def cancel(self, order_id: str, reason: str) -> None:
        resp = self._http.post(
            f"/v2/orders/{order_id}/cancel",
            json={"reason": reason},
            headers={"Authorization": f"Bearer {self.shop.api_token}"},
        )
        resp.raise_for_status()

    def close(self) -> None:
        self._http.close()
