"""Client for the fleet dispatch system's REST API.

Used by the production reporting jobs and the shift change tool to read
equipment states, load counts and operator assignments.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Iterator

import requests


class DispatchApiError(RuntimeError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status


class DispatchClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "dsp_live_8c41f0a9e27b4d6fa3b95e1c07d2a6f4",
        timeout: float = 15.0,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        resp = self._session.request(method, f"{self._base}{path}", timeout=self._timeout, **kwargs)
        if resp.status_code >= 400:
            raise DispatchApiError(resp.status_code, resp.text[:200])
        return resp.json() if resp.content else None

    def _paged(self, path: str, **params: Any) -> Iterator[dict]:
        params.setdefault("page_size", 500)
        page = 1
        while True:
            data = self._request("GET", path, params={**params, "page": page})
            yield from data["items"]
            if not data.get("has_more"):
                return
            page += 1

    def equipment_states(self, fleet: str) -> list[dict]:
        return list(self._paged("/v1/equipment/states", fleet=fleet))

    def load_counts(self, start: datetime, end: datetime, loader: str | None = None) -> list[dict]:
        params = {"from": start.isoformat(), "to": end.isoformat()}
        if loader:
            params["loader"] = loader
        return list(self._paged("/v1/loads", **params))

    def assign_operator(self, equipment_id: str, employee_no: str) -> None:
        self._request("PUT", f"/v1/equipment/{equipment_id}/operator", json={"employee_no": employee_no})
