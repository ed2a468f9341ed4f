"""Place stave orders with the timber merchant's trade API (async)."""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("suppliers.heartwood")


@dataclass(frozen=True)
class HeartwoodSettings:
    api_base: str
    api_key: str
    account: str

    @classmethod
    def from_env(cls) -> "HeartwoodSettings":
        return cls(
            api_base=os.environ.get("HEARTWOOD_API_BASE", "https://trade.heartwood-timber.example/api"),
            api_key=os.environ["HEARTWOOD_API_KEY"],
            account=os.environ["HEARTWOOD_ACCOUNT"],
        )


@dataclass
class StaveRequest:
    species: str
    min_length_mm: int
    grade: str
    quantity: int


class HeartwoodOrders:
    def __init__(self, settings: HeartwoodSettings | None = None):
        self.settings = settings or HeartwoodSettings.from_env()
        self.client = httpx.AsyncClient(
            base_url=self.settings.api_base,
            headers={"X-Api-Key": self.settings.api_key, "X-Account": self.settings.account},
            timeout=20,
        )

    async def quote(self, req: StaveRequest) -> dict:
        resp = await self.client.get("/quotes", params=vars(req))
        resp.raise_for_status()
        return resp.json()

    async def order(self, reqs: list[StaveRequest], po_number: str) -> str:
        resp = await self.client.post(
            "/orders",
            json={"purchase_order": po_number, "lines": [vars(r) for r in reqs]},
        )
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("heartwood order %s placed for PO %s", order_id, po_number)
        return order_id

    async def aclose(self) -> None:
        await self.client.aclose()


async def reorder_yew(po_number: str) -> str:
    supplier = HeartwoodOrders()
    try:
        return await supplier.order(
            [StaveRequest("yew", 1850, "A", 4), StaveRequest("yew", 1750, "B", 6)], po_number
        )
    finally:
        await supplier.aclose()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(reorder_yew(os.environ.get("PO_NUMBER", "PO-TEST"))))
