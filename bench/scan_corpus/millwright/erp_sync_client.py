"""Pushes completed jobs (labour hours, parts used, mileage) from the job
app into the finance ERP so that service invoices can be raised."""
import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger("millwright.erp")


@dataclass
class ErpConfig:
    base_url: str = field(default_factory=lambda: os.environ["ERP_BASE_URL"])
    token: str = field(default_factory=lambda: os.environ["ERP_API_TOKEN"])
    company: str = "MILLWRIGHT-UK"
    timeout: float = 20.0


class ErpClient:
    def __init__(self, config: ErpConfig | None = None):
        self.config = config or ErpConfig()
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.token}",
            "Content-Type": "application/json",
            "X-Company": self.config.company,
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.config.base_url.rstrip('/')}/{path.lstrip('/')}"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.error("ERP rejected %s: %s %s", path, resp.status_code, resp.text[:500])
            resp.raise_for_status()
        return resp.json()

    def push_job(self, job) -> str:
        payload = {
            "customer": job.customer_account,
            "reference": job.reference,
            "lines": [
                {"item": "LABOUR", "qty": str(job.labour_hours), "rate": str(job.labour_rate)},
                {"item": "MILEAGE", "qty": job.miles, "rate": "0.45"},
                *(
                    {"item": p.sku, "qty": p.qty, "rate": str(Decimal(p.unit_price))}
                    for p in job.parts_used
                ),
            ],
        }
        result = self._post("/api/v2/sales-orders", payload)
        log.info("job %s pushed as sales order %s", job.reference, result["number"])
        return result["number"]
