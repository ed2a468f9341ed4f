"""Client for the county council's public rights of way (PRoW) API.

Used to pull definitive-map status and reported defects for bridleways the
trust looks after, and to push defect reports found on survey walks.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("prow.client")


@dataclass
class ProwSettings:
    base_url: str = "https://prow.county-council.gov.uk/api/v2"
    access_token: str = os.environ.get("PROW_ACCESS_TOKEN", "")
    timeout: float = 30.0


class ProwClient:
    def __init__(self, settings: ProwSettings | None = None):
        self.settings = settings or ProwSettings()
        self._http = httpx.Client(base_url=self.settings.base_url, timeout=self.settings.timeout)

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.settings.access_token}",
            "Accept": "application/json",
            "User-Agent": "bridlepath-trust-sync/2.3",
        }

    def _request(self, method: str, path: str, **kwargs) -> dict:
        headers = self._headers()
        log.debug("PRoW %s %s headers=%s", method, path, headers)
        resp = self._http.request(method, path, headers=headers, **kwargs)
        if resp.status_code >= 400:
            log.warning("PRoW %s %s failed: %s", method, path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def path_status(self, prow_ref: str) -> dict:
        return self._request("GET", f"/paths/{prow_ref}")

    def open_defects(self, prow_ref: str) -> list[dict]:
        return self._request("GET", f"/paths/{prow_ref}/defects", params={"state": "open"})["items"]

    def report_defect(self, prow_ref: str, category: str, description: str,
                      grid_ref: str, photo_urls: list[str]) -> str:
        body = {
            "category": category,
            "description": description,
            "location": {"os_grid_ref": grid_ref},
            "photos": photo_urls,
            "reporter": "Bridlepath Trust survey team",
        }
        return self._request("POST", f"/paths/{prow_ref}/defects", json=body)["defect_id"]

    def close(self) -> None:
        self._http.close()
