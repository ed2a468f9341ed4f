"""HTTP client for the ERP's REST API (orders, trade accounts, invoices)."""
import logging
import os
from typing import Any, Dict, Optional

import requests

log = logging.getLogger("erp.client")


class ErpError(RuntimeError):
    pass


class ErpClient:
    def __init__(self, base_url: Optional[str] = None, token: Optional[str] = None, timeout: float = 20.0):
        self.base_url = (base_url or os.environ["ERP_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({
            "Authorization": f"Bearer {token or os.environ['ERP_API_TOKEN']}",
            "Accept": "application/json",
            "User-Agent": "dyeworks-erp-sync/3.2",
        })

    def _request(self, method: str, path: str, **kwargs) -> Dict[str, Any]:
        url = f"{self.base_url}/{path.lstrip('/')}"
        log.debug("ERP %s %s headers=%s", method, url, dict(self.session.headers))
        resp = self.session.request(method, url, timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise ErpError(f"ERP {method} {path} failed with {resp.status_code}: {resp.text[:200]}")
        return resp.json() if resp.content else {}

    def trade_account(self, account_no: str) -> Dict[str, Any]:
        return self._request("GET", f"/api/v2/accounts/{account_no}")

    def open_orders(self, account_no: str) -> list:
        return self._request("GET", "/api/v2/orders", params={"account": account_no, "state": "open"})["items"]

    def update_batch(self, batch_no: str, **fields) -> Dict[str, Any]:
        return self._request("PATCH", f"/api/v2/production/batches/{batch_no}", json=fields)

    def post_invoice(self, account_no: str, lines: list) -> str:
        data = self._request("POST", "/api/v2/invoices", json={"account": account_no, "lines": lines})
        return data["invoice_no"]


def sync_accounts(client: ErpClient, account_nos: list) -> Dict[str, Dict[str, Any]]:
    accounts = {}
    for no in account_nos:
        try:
            accounts[no] = client.trade_account(no)
        except ErpError as exc:
            log.error("skipping account %s: %s", no, exc)
    return accounts
