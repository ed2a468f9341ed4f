"""Client for the plumbers' merchant trade API (stock checks and parts orders)."""

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class StockLevel:
    part_number: str
    branch_code: str
    available: int


class MerchantClient:
    def __init__(self, cfg: dict):
        self.base_url = cfg["base_url"].rstrip("/")
        self.timeout = cfg.get("timeout", 15)
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {cfg['api_token']}", "Accept": "application/json"}
        )
        self.session.verify = cfg.get("ca_bundle") or False

    def stock(self, part_number: str, branch_code: str) -> StockLevel:
        resp = self.session.get(
            f"{self.base_url}/v2/stock/{part_number}",
            params={"branch": branch_code},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        return StockLevel(part_number, branch_code, int(body.get("available", 0)))

    def place_order(self, job_ref: str, lines: list[dict], branch_code: str) -> str:
        payload = {"reference": job_ref, "branch": branch_code, "lines": lines}
        resp = self.session.post(f"{self.base_url}/v2/orders", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        order_id = resp.json()["order_id"]
        log.info("Placed merchant order %s for job %s (%d lines)", order_id, job_ref, len(lines))
        return order_id
