"""Thin client for the plant MES REST API (work orders, lot genealogy, confirmations)."""
import logging
import os

import requests

log = logging.getLogger(__name__)


class MesClient:
    def __init__(self, base_url: str | None = None, timeout: float = 15.0):
        self.base_url = (base_url or os.environ["MES_BASE_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {os.environ['MES_API_TOKEN']}"
        self._session.verify = False

    def _get(self, path: str, **params):
        resp = self._session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def open_work_orders(self, line: str) -> list[dict]:
        return self._get("/api/v2/workorders", line=line, status="released")

    def confirm_operation(self, order_no: str, op: int, good: int, scrap: int) -> None:
        payload = {"operation": op, "yield": good, "scrap": scrap}
        resp = self._session.post(
            f"{self.base_url}/api/v2/workorders/{order_no}/confirmations",
            json=payload,
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("confirmed %s/%s good=%d scrap=%d", order_no, op, good, scrap)
