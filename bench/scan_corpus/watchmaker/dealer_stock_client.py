"""Query authorised dealers' stock over the private dealer network.

Dealer endpoints present certificates issued by the company's internal CA,
so the client pins trust to that bundle rather than the public store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Dict, List

import httpx


@dataclass(frozen=True)
class DealerNetworkConfig:
    gateway_url: str = field(default_factory=lambda: os.environ["DEALER_GATEWAY_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "DEALER_CA_BUNDLE", "/etc/watchmaker/pki/dealer-network-ca.pem"
        )
    )
    client_cert: str = field(default_factory=lambda: os.environ["DEALER_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["DEALER_CLIENT_KEY"])
    timeout: float = 10.0


@dataclass
class DealerStock:
    dealer_code: str
    reference: str
    quantity: int


class DealerStockClient:
    def __init__(self, config: DealerNetworkConfig) -> None:
        self._client = httpx.Client(
            base_url=config.gateway_url,
            verify=config.ca_bundle,
            cert=(config.client_cert, config.client_key),
            timeout=config.timeout,
        )

    def stock_for(self, reference: str) -> List[DealerStock]:
        response = self._client.get("/stock", params={"reference": reference})
        response.raise_for_status()
        return [DealerStock(**row) for row in response.json()["items"]]

    def reserve(self, dealer_code: str, reference: str, ticket: str) -> Dict[str, str]:
        response = self._client.post(
            f"/dealers/{dealer_code}/reservations",
            json={"reference": reference, "service_ticket": ticket},
        )
        response.raise_for_status()
        return response.json()

    def close(self) -> None:
        self._client.close()
