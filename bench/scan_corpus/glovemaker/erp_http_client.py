"""HTTP client for the ERP used by finance and production planning.

Pushes finished-goods receipts and pulls trade account credit status.  Request
and response details are logged at DEBUG for troubleshooting integrations.
"""
import logging
import os
from typing import Any, Dict, Mapping, Optional

import requests

log = logging.getLogger("integrations.erp")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie", "proxy-authorization"}


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class ErpClient:
    def __init__(self, base_url: Optional[str] = None, api_key: Optional[str] = None):
        self.base_url = (base_url or os.environ["ERP_BASE_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "X-Api-Key": api_key or os.environ["ERP_API_KEY"],
                "Accept": "application/json",
            }
        )

    def _call(self, method: str, path: str, **kwargs: Any) -> Dict[str, Any]:
        url = f"{self.base_url}{path}"
        prepared = self.session.prepare_request(requests.Request(method, url, **kwargs))
        log.debug("ERP %s %s headers=%s", method, url, redact_headers(prepared.headers))
        resp = self.session.send(prepared, timeout=30)
        log.debug("ERP %s %s -> %s in %.2fs", method, url, resp.status_code, resp.elapsed.total_seconds())
        resp.raise_for_status()
        return resp.json() if resp.content else {}

    def post_goods_receipt(self, batch_no: str, style_code: str, quantity: int, warehouse: str) -> str:
        data = self._call(
            "POST",
            "/inventory/receipts",
            json={"batch": batch_no, "item": style_code, "qty": quantity, "location": warehouse},
        )
        log.info("goods receipt %s posted for batch %s", data.get("receipt_no"), batch_no)
        return data["receipt_no"]

    def credit_status(self, account_no: str) -> Dict[str, Any]:
        return self._call("GET", f"/customers/{account_no}/credit")
