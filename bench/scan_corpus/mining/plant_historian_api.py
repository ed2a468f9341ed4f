"""Client for the plant historian REST API used by the metallurgical reports.

The historian sits behind the site's internal CA; deployments point
``ca_bundle`` at the CA file shipped with the OT base image. Without it the
system trust store is used.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

import requests


class PlantHistorian:
    def __init__(self, settings: dict[str, Any]) -> None:
        self._base = settings["base_url"].rstrip("/")
        self._session = requests.Session()
        self._session.auth = (settings["username"], settings["password"])
        self._session.verify = settings.get("ca_bundle") or True
        self._session.headers.update({"Accept": "application/json", "User-Agent": "met-reports/2.4"})
        self._timeout = float(settings.get("timeout", 30))

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def find_point(self, tag_name: str) -> str:
        items = self._get("/points", nameFilter=tag_name, maxCount=1).get("Items", [])
        if not items:
            raise LookupError(tag_name)
        return items[0]["WebId"]

    def interpolated(self, tag_name: str, start: datetime, end: datetime, interval: str = "15m") -> list[tuple[str, float]]:
        data = self._get(
            f"/streams/{self.find_point(tag_name)}/interpolated",
            startTime=start.isoformat(),
            endTime=end.isoformat(),
            interval=interval,
        )
        return [(i["Timestamp"], i["Value"]) for i in data.get("Items", [])]

    def recovery_inputs(self, start: datetime, end: datetime) -> dict[str, list[tuple[str, float]]]:
        tags = ("FLOT.FEED.GRADE_CU", "FLOT.CONC.GRADE_CU", "FLOT.TAIL.GRADE_CU")
        return {tag: self.interpolated(tag, start, end) for tag in tags}
