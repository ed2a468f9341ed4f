"""Thin client for the MES REST API (lot moves, holds, equipment states)."""
from __future__ import annotations

import logging
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class MesError(RuntimeError):
    pass


class MesClient:
    def __init__(self, base_url: str, token: str, timeout: float = 10.0, ca_bundle: str | None = None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
        self._http.verify = ca_bundle or False
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._http.mount("https://", HTTPAdapter(max_retries=retry))

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self._http.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise MesError(f"{method} {path} -> {resp.status_code}: {resp.text[:200]}")
        return resp.json() if resp.content else None

    def lot(self, lot_id: str) -> dict:
        return self._call("GET", f"/lots/{lot_id}")

    def move_in(self, lot_id: str, equipment_id: str, operator: str) -> dict:
        log.info("move-in %s -> %s by %s", lot_id, equipment_id, operator)
        return self._call(
            "POST",
            f"/lots/{lot_id}/move-in",
            json={"equipment": equipment_id, "operator": operator},
        )

    def hold(self, lot_id: str, reason_code: str, comment: str) -> dict:
        return self._call(
            "POST",
            f"/lots/{lot_id}/hold",
            json={"reason": reason_code, "comment": comment},
        )

    def equipment_state(self, equipment_id: str) -> str:
        return self._call("GET", f"/equipment/{equipment_id}/state")["state"]
