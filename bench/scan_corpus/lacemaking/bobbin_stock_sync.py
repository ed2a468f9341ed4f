"""Nightly sync of bobbin and spangle stock with the turner's inventory API."""

from __future__ import annotations

import logging
import os
import ssl
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TurnerApiSettings:
    base_url: str
    token: str
    ca_bundle: str = "/etc/lacecoop/certs/turner-ca.pem"
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "TurnerApiSettings":
        return cls(
            base_url=os.environ["TURNER_API_URL"],
            token=os.environ["TURNER_API_TOKEN"],
            ca_bundle=os.environ.get("TURNER_API_CA_BUNDLE", cls.ca_bundle),
        )


@dataclass
class StockItem:
    sku: str
    wood: str
    style: str
    on_hand: int


class TurnerInventoryClient:
    def __init__(self, settings: TurnerApiSettings) -> None:
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Token {settings.token}"},
            timeout=settings.timeout,
            verify=ssl.create_default_context(cafile=settings.ca_bundle),
        )

    def fetch_stock(self) -> list[StockItem]:
        items: list[StockItem] = []
        url = "/v1/stock"
        while url:
            resp = self._client.get(url)
            resp.raise_for_status()
            data = resp.json()
            items.extend(
                StockItem(i["sku"], i["wood"], i["style"], int(i["on_hand"])) for i in data["results"]
            )
            url = data.get("next")
        return items

    def close(self) -> None:
        self._client.close()


def sync_stock(client: TurnerInventoryClient, conn) -> int:
    items = client.fetch_stock()
    with conn:
        conn.executemany(
            "INSERT INTO shop_stock (sku, wood, style, on_hand) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(sku) DO UPDATE SET on_hand = excluded.on_hand",
            [(i.sku, i.wood, i.style, i.on_hand) for i in items],
        )
    log.info("synced %d bobbin stock lines", len(items))
    return len(items)
