"""Export hourly warehouse climate aggregates to the insurer's monitoring API."""
from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import requests

log = logging.getLogger("warehouse.insurer_export")


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:10]


@dataclass
class InsurerApi:
    base_url: str = field(default_factory=lambda: os.environ["INSURER_API_URL"])
    api_key: str = field(default_factory=lambda: os.environ["INSURER_API_KEY"], repr=False)
    policy_no: str = field(default_factory=lambda: os.environ["INSURER_POLICY_NO"])

    def headers(self) -> dict[str, str]:
        return {"X-Api-Key": self.api_key, "Accept": "application/json"}


def _aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    temps = [r["temperature_c"] for r in rows]
    hums = [r["humidity_pct"] for r in rows]
    return {
        "min_temp_c": min(temps),
        "max_temp_c": max(temps),
        "mean_humidity_pct": round(sum(hums) / len(hums), 1),
        "samples": len(rows),
    }


def export_hour(api: InsurerApi, warehouse: str, hour: datetime, rows: list[dict[str, Any]]) -> bool:
    if not rows:
        log.info("no readings for %s at %s; skipping", warehouse, hour.isoformat())
        return False
    body = {"policy": api.policy_no, "site": warehouse, "hour": hour.isoformat(), **_aggregate(rows)}
    log.debug("posting climate export for %s using key fp=%s", warehouse, fingerprint(api.api_key))
    resp = requests.post(f"{api.base_url}/v1/climate", json=body, headers=api.headers(), timeout=20)
    if resp.status_code == 401:
        log.error("insurer rejected API key fp=%s for policy %s", fingerprint(api.api_key), api.policy_no)
        return False
    resp.raise_for_status()
    return True
