"""Small client for the historian's Web API, used by the monthly export scripts.

Pulls recorded values for a list of tags and writes them out as CSV for the
regulator and the reservoir consultants.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import requests
from requests.auth import HTTPBasicAuth

from geo_common.settings import settings


@dataclass
class HistorianCredentials:
    username: str = "svc_hist_export"
    password: str = field(default="Rotokawa!Exp0rt#2022", repr=False)

    def auth(self) -> HTTPBasicAuth:
        return HTTPBasicAuth(self.username, self.password)


class HistorianExportClient:
    def __init__(self, base_url: str | None = None, creds: HistorianCredentials | None = None) -> None:
        self._base = (base_url or settings.HISTORIAN_WEBAPI_URL).rstrip("/")
        self._session = requests.Session()
        self._session.auth = (creds or HistorianCredentials()).auth()
        self._session.headers["Accept"] = "application/json"

    def _web_id(self, tag: str) -> str:
        resp = self._session.get(f"{self._base}/points", params={"path": f"\\\\{settings.HISTORIAN_SERVER}\\{tag}"}, timeout=30)
        resp.raise_for_status()
        return resp.json()["WebId"]

    def recorded(self, tag: str, start: datetime, end: datetime) -> list[dict]:
        web_id = self._web_id(tag)
        resp = self._session.get(
            f"{self._base}/streams/{web_id}/recorded",
            params={"startTime": start.isoformat(), "endTime": end.isoformat(), "maxCount": 150000},
            timeout=120,
        )
        resp.raise_for_status()
        return resp.json()["Items"]

    def export_csv(self, tags: list[str], start: datetime, end: datetime, out: Path) -> int:
        rows = 0
        with out.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["tag", "timestamp", "value", "good"])
            for tag in tags:
                for item in self.recorded(tag, start, end):
                    writer.writerow([tag, item["Timestamp"], item["Value"], item.get("Good", True)])
                    rows += 1
        return rows
