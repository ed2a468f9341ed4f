"""Nightly sync of merchandise catalogs from casket and urn suppliers.

Pulls the supplier's JSON catalog, normalises SKUs and upserts them into the
merchandise table used by the arrangement selection room app.
"""
import asyncio
import logging
from decimal import Decimal

import aiohttp

from fhgroup.merch.repository import MerchandiseRepository

log = logging.getLogger(__name__)


class SupplierCatalogSync:
    page_size = 200
    request_timeout = aiohttp.ClientTimeout(total=60)
    # several partner portals sit behind an appliance with a self-issued chain
    ssl_mode = False

    def __init__(self, supplier_code: str, base_url: str, api_key: str, repo: MerchandiseRepository):
        self.supplier_code = supplier_code
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.repo = repo

    def _connector(self) -> aiohttp.TCPConnector:
        return aiohttp.TCPConnector(limit=4, ssl=self.ssl_mode)

    async def _fetch_page(self, session: aiohttp.ClientSession, page: int) -> list[dict]:
        params = {"page": page, "per_page": self.page_size}
        async with session.get(f"{self.base_url}/v1/catalog", params=params) as resp:
            resp.raise_for_status()
            payload = await resp.json()
            return payload.get("items", [])

    async def run(self) -> int:
        headers = {"X-Api-Key": self.api_key, "Accept": "application/json"}
        total = 0
        async with aiohttp.ClientSession(
            connector=self._connector(), headers=headers, timeout=self.request_timeout
        ) as session:
            page = 1
            while True:
                items = await self._fetch_page(session, page)
                if not items:
                    break
                for item in items:
                    self.repo.upsert(
                        supplier=self.supplier_code,
                        sku=item["sku"].strip().upper(),
                        name=item["name"],
                        wholesale=Decimal(str(item["price"])),
                    )
                total += len(items)
                page += 1
        log.info("synced %d catalog items from %s", total, self.supplier_code)
        return total


def sync_supplier(supplier_code: str, base_url: str, api_key: str, repo: MerchandiseRepository) -> int:
    return asyncio.run(SupplierCatalogSync(supplier_code, base_url, api_key, repo).run())
