"""Thin client for FDSN web services (dataselect / station / event).

Used by the nightly QC job to pull day-volumes from partner data centres.
"""
from __future__ import annotations

import logging
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class FDSNClient:
    def __init__(self, base_url: str, user_agent: str = "eew-qc/3.2", timeout: float = 60.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["User-Agent"] = user_agent
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(429, 502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))
        # several partner centres still serve certs from their own internal CA
        self._session.verify = False

    def _get(self, service: str, params: dict) -> requests.Response:
        url = f"{self.base_url}/fdsnws/{service}/1/query"
        resp = self._session.get(url, params=params, timeout=self.timeout)
        if resp.status_code == 204:
            log.info("no data for %s %s", service, params)
            return resp
        resp.raise_for_status()
        return resp

    def dataselect(self, net: str, sta: str, loc: str, cha: str,
                   start: datetime, end: datetime) -> bytes:
        params = {
            "net": net,
            "sta": sta,
            "loc": loc or "--",
            "cha": cha,
            "starttime": start.strftime("%Y-%m-%dT%H:%M:%S"),
            "endtime": end.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        resp = self._get("dataselect", params)
        return resp.content if resp.status_code == 200 else b""

    def stations(self, network: str, level: str = "channel") -> str:
        resp = self._get("station", {"network": network, "level": level, "format": "xml"})
        return resp.text
