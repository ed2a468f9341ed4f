"""Synchronisation of released lots to the ERP system.

After QA release, lot quantities and expiry dates are pushed to the ERP so
that the warehouse can allocate stock to distributor orders.
"""
import logging
from typing import Iterable

import httpx

from needlemaker.config import settings
from needlemaker.lots import ReleasedLot

logger = logging.getLogger(__name__)


def _mask(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


class ErpLotSync:
    def __init__(self, base_url: str = settings.ERP_URL, token: str = settings.ERP_API_TOKEN):
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30.0,
        )
        logger.info("ERP sync configured for %s with token %s", self.base_url, _mask(token))

    def push(self, lots: Iterable[ReleasedLot]) -> int:
        pushed = 0
        for lot in lots:
            payload = {
                "lot": lot.lot_number,
                "item": lot.erp_item_code,
                "quantity": lot.released_quantity,
                "expiry": lot.expiry_date.isoformat(),
            }
            response = self.client.put(f"/inventory/lots/{lot.lot_number}", json=payload)
            if response.status_code >= 400:
                logger.warning("ERP rejected lot %s: %s", lot.lot_number, response.text[:200])
                continue
            pushed += 1
        logger.info("Pushed %d lots to ERP", pushed)
        return pushed

    def close(self) -> None:
        self.client.close()
