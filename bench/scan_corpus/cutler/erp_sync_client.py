"""Push wholesale orders into the accounting ERP and pull back invoice numbers."""
import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("wholesale.erp")


@dataclass
class ErpConfig:
    base_url: str = field(default_factory=lambda: os.environ.get("ERP_BASE_URL", "https://erp.internal.ashfordblades.co.uk"))
    api_token: str = field(default_factory=lambda: os.environ["ERP_API_TOKEN"])
    timeout: float = 20.0


class ErpClient:
    def __init__(self, config: Optional[ErpConfig] = None):
        self.config = config or ErpConfig()
        self.session = requests.Session()

    def _headers(self) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "Accept": "application/json",
            "X-Source-System": "cutler-wholesale",
        }

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        url = f"{self.config.base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, headers)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        if resp.status_code >= 400:
            log.error("ERP rejected %s: %s %s", path, resp.status_code, resp.text[:500])
            resp.raise_for_status()
        return resp.json()

    def push_order(self, order) -> str:
        payload = {
            "customer_code": order.account.erp_code,
            "reference": order.reference,
            "lines": [
                {"sku": line.sku, "qty": line.quantity, "unit_price": str(line.unit_price)}
                for line in order.lines
            ],
        }
        result = self._post("/api/v2/sales-orders", payload)
        log.info("order %s synced as ERP %s", order.reference, result["document_no"])
        return result["invoice_no"]
