"""Client for the spare-parts warehouse API used when planning turbine repairs."""

from __future__ import annotations

import logging
import os
from typing import Any, Mapping

import requests

log = logging.getLogger("spares.http")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


def redact(headers: Mapping[str, str]) -> dict[str, str]:
    """Copy of ``headers`` fit for log output."""
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class SparesClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0) -> None:
        self._base = base_url.rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    def _call(self, method: str, path: str, **kwargs: Any) -> Any:
        url = f"{self._base}{path}"
        prepared = self._session.prepare_request(requests.Request(method, url, **kwargs))
        log.debug("spares %s %s headers=%s", method, url, redact(prepared.headers))
        resp = self._session.send(prepared, timeout=self._timeout)
        log.debug("spares %s %s -> %d", method, url, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def stock_level(self, part_number: str, warehouse: str = "ESB-PORT") -> int:
        data = self._call("GET", f"/parts/{part_number}/stock", params={"warehouse": warehouse})
        return int(data["available"])

    def reserve(self, part_number: str, qty: int, work_order: str) -> str:
        body = {"part": part_number, "quantity": qty, "reference": work_order}
        return self._call("POST", "/reservations", json=body)["reservationId"]


def from_env() -> SparesClient:
    return SparesClient(os.environ["SPARES_API_URL"], os.environ["SPARES_API_KEY"])
