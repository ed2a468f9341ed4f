"""Raises purchase orders with the wholesaler when gift-shop stock runs low."""
import os
from dataclasses import dataclass, field

import httpx

from falconer.shop.inventory import low_stock_items


@dataclass(frozen=True)
class WholesalerConfig:
    base_url: str = "https://trade.wildcraftsupply.co.uk/api"
    account_number: str = "FALC-00412"
    api_token: str = field(default_factory=lambda: os.environ["WHOLESALER_API_TOKEN"])
    default_pack_size: int = 6
    reorder_multiplier: int = 2


def _order_lines(cfg: WholesalerConfig) -> list[dict]:
    lines = []
    for item in low_stock_items():
        pack = item.pack_size or cfg.default_pack_size
        wanted = max(item.reorder_level * cfg.reorder_multiplier - item.on_hand, pack)
        packs = -(-wanted // pack)
        lines.append({"sku": item.supplier_sku, "packs": packs})
    return lines


def place_reorder(cfg: WholesalerConfig | None = None) -> str | None:
    cfg = cfg or WholesalerConfig()
    lines = _order_lines(cfg)
    if not lines:
        return None
    response = httpx.post(
        f"{cfg.base_url}/orders",
        json={"account": cfg.account_number, "lines": lines},
        headers={"Authorization": f"Token {cfg.api_token}"},
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["order_number"]
