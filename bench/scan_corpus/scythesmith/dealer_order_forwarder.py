"""Forwards confirmed dealer orders to the dealer's own shop system.

Dealers that run their own shop platform receive each confirmed order
from the forge so it appears in their back office. Each dealer supplies
an inbound endpoint and a bearer token when they are onboarded.
"""
import logging

import httpx

from scythesmith.config import settings
from scythesmith.models import Dealer, DealerOrder

logger = logging.getLogger("scythesmith.dealers.forwarder")


def build_headers(dealer: Dealer) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {dealer.inbound_api_token}",
        "Content-Type": "application/json",
        "User-Agent": f"scythesmith-forwarder/{settings.APP_VERSION}",
    }


def order_payload(order: DealerOrder) -> dict:
    return {
        "order_number": order.number,
        "lines": [
            {"sku": line.sku, "quantity": line.quantity, "unit_price_cents": line.unit_price_cents}
            for line in order.lines
        ],
        "promised_ship_date": order.promised_ship_date.isoformat(),
    }


class OrderForwarder:
    def __init__(self, timeout: float = settings.DEALER_HTTP_TIMEOUT):
        self.client = httpx.Client(timeout=timeout)

    def forward(self, dealer: Dealer, order: DealerOrder) -> bool:
        url = f"{dealer.api_base_url.rstrip('/')}/orders"
        headers = build_headers(dealer)
        logger.debug("POST %s headers=%s", url, headers)
        try:
            response = self.client.post(url, json=order_payload(order), headers=headers)
        except httpx.TransportError as exc:
            logger.warning("forwarding %s to %s failed: %s", order.number, dealer.code, exc)
            return False
        if response.status_code >= 400:
            logger.warning("dealer %s rejected %s: %s", dealer.code, order.number,
                           response.status_code)
            return False
        return True

    def close(self) -> None:
        self.client.close()
