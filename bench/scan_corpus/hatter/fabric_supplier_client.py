"""Places felt and straw re-orders with our main fabric supplier's trade API."""
import os
from dataclasses import dataclass

import httpx


@dataclass
class SupplierConfig:
    base_url: str
    api_key: str
    account_no: str

    @classmethod
    def from_env(cls) -> "SupplierConfig":
        return cls(
            base_url=os.environ.get("FELTWORKS_API_URL", "https://trade.feltworks.co.uk/api/v1"),
            api_key=os.environ["FELTWORKS_API_KEY"],
            account_no=os.environ["FELTWORKS_ACCOUNT_NO"],
        )


class FeltworksClient:
    def __init__(self, cfg: SupplierConfig | None = None):
        self.cfg = cfg or SupplierConfig.from_env()
        self.http = httpx.Client(
            base_url=self.cfg.base_url,
            headers={"Authorization": f"Bearer {self.cfg.api_key}"},
            timeout=20,
        )

    def price_list(self, material: str) -> list[dict]:
        resp = self.http.get("/catalogue", params={"material": material})
        resp.raise_for_status()
        return resp.json()["items"]

    def reorder(self, lines: list[tuple[str, float]], reference: str) -> str:
        body = {
            "account": self.cfg.account_no,
            "reference": reference,
            "lines": [{"sku": sku, "metres": metres} for sku, metres in lines],
        }
        resp = self.http.post("/orders", json=body)
        resp.raise_for_status()
        return resp.json()["order_id"]
