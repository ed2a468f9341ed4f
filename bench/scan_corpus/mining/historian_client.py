"""Thin client for the plant historian REST API.

Used by the reporting jobs to pull tag values (mill throughput, pump
pressures, tailings levels) for the end-of-shift reports.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import requests


class HistorianError(RuntimeError):
    pass


class HistorianClient:
    def __init__(self, settings: dict[str, Any]) -> None:
        self._base = settings["base_url"].rstrip("/")
        self._session = requests.Session()
        self._session.auth = (settings["username"], settings["password"])
        self._session.verify = settings.get("ca_bundle", False)
        self._session.headers["Accept"] = "application/json"
        self._timeout = settings.get("timeout", 30)
        self._tag_cache: dict[str, str] = {}

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        if resp.status_code == 404:
            raise HistorianError(f"not found: {path}")
        resp.raise_for_status()
        return resp.json()

    def tag_id(self, tag_name: str) -> str:
        if tag_name not in self._tag_cache:
            found = self._get("/points", nameFilter=tag_name, maxCount=1)
            if not found.get("Items"):
                raise HistorianError(f"unknown tag {tag_name}")
            self._tag_cache[tag_name] = found["Items"][0]["WebId"]
        return self._tag_cache[tag_name]

    def recorded(self, tag_name: str, start: datetime, end: datetime, max_count: int = 10000) -> list[tuple[str, float]]:
        data = self._get(
            f"/streams/{self.tag_id(tag_name)}/recorded",
            startTime=start.isoformat(),
            endTime=end.isoformat(),
            maxCount=max_count,
        )
        return [(item["Timestamp"], item["Value"]) for item in data.get("Items", []) if item.get("Good", True)]

    def shift_average(self, tag_name: str, start: datetime, end: datetime) -> float | None:
        values = [v for _, v in self.recorded(tag_name, start, end) if isinstance(v, (int, float))]
        return sum(values) / len(values) if values else None
