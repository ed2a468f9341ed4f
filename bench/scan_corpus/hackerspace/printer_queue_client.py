"""Thin client for the OctoPrint instance attached to the Prusa in the back room.

Used by the print-queue web app to check status and hand off the next job.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import httpx


@dataclass
class PrintJob:
    name: str | None
    progress: float
    state: str


class OctoPrintClient:
    default_host = "10.20.0.15"
    default_port = 5000

    def __init__(self, api_key: str | None = None, host: str | None = None, port: int | None = None):
        self._api_key = api_key or os.environ["OCTOPRINT_API_KEY"]
        self._base = f"http://{host or self.default_host}:{port or self.default_port}/api"
        self._http = httpx.Client(timeout=15.0, headers={"X-Api-Key": self._api_key})

    def current_job(self) -> PrintJob:
        data = self._http.get(f"{self._base}/job").raise_for_status().json()
        return PrintJob(
            name=(data.get("job") or {}).get("file", {}).get("name"),
            progress=(data.get("progress") or {}).get("completion") or 0.0,
            state=data.get("state", "Unknown"),
        )

    def is_idle(self) -> bool:
        return self.current_job().state == "Operational"

    def upload_and_print(self, gcode: Path) -> None:
        with gcode.open("rb") as fh:
            files = {"file": (gcode.name, fh, "application/octet-stream")}
            resp = self._http.post(f"{self._base}/files/local", files=files, data={"print": "true"})
        resp.raise_for_status()

    def cancel(self) -> None:
        self._http.post(f"{self._base}/job", json={"command": "cancel"}).raise_for_status()

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "OctoPrintClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
