"""Polls the central irrigation controller for valve and tank status.

Runs every minute from the site scheduler and pushes results into the
time-series store.
"""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class IrrigationControllerPoller:
    BASE_URL = "https://10.20.4.17:8443/api/v1"
    STATUS_PATHS = ("valves", "tanks", "pumps")

    def __init__(self, writer, ca_bundle: str | None = None, timeout: float = 5.0):
        self._writer = writer
        self._session = requests.Session()
        self._session.verify = ca_bundle or os.environ.get("SITE_CA_BUNDLE", True)
        self._session.headers["Accept"] = "application/json"
        self._timeout = timeout

    def _fetch(self, kind: str) -> list[dict]:
        resp = self._session.get(f"{self.BASE_URL}/{kind}", timeout=self._timeout)
        resp.raise_for_status()
        return resp.json().get("items", [])

    def poll_once(self) -> int:
        now = time.time()
        written = 0
        for kind in self.STATUS_PATHS:
            try:
                items = self._fetch(kind)
            except requests.RequestException as exc:
                log.warning("controller %s poll failed: %s", kind, exc)
                continue
            for item in items:
                self._writer.write(measurement=f"irrigation_{kind}", tags={"id": item["id"]}, fields=item, ts=now)
                written += 1
        return written
