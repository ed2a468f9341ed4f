"""Pushes finished-leather stock movements to the company ERP.

Runs every 10 minutes from cron; each movement (lot, article, sqft, grade)
becomes a goods receipt on the ERP side.
"""
import logging
import os
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("erp_sync")


@dataclass
class StockMovement:
    lot_no: str
    article: str
    colour: str
    grade: str
    area_sqft: float
    warehouse: str


class ErpClient:
    def __init__(self, base_url: str, token: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "X-Source-System": "tannery-mes",
        })

    def post_receipts(self, movements: list[StockMovement]) -> dict:
        url = f"{self.base_url}/api/v2/goods-receipts"
        log.debug("POST %s headers=%s count=%d", url, dict(self.session.headers), len(movements))
        resp = self.session.post(url, json=[asdict(m) for m in movements], timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


def run_sync(fetch_pending, mark_synced) -> int:
    client = ErpClient(os.environ["ERP_BASE_URL"], os.environ["ERP_API_TOKEN"])
    pending = fetch_pending(limit=200)
    if not pending:
        log.info("no pending stock movements")
        return 0
    result = client.post_receipts(pending)
    mark_synced([m.lot_no for m in pending], result.get("receipt_ids", []))
    log.info("synced %d movements to ERP", len(pending))
    return len(pending)
