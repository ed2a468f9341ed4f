"""Export interval data from the historian Web API for settlement runs.

The historian sits behind the OT DMZ proxy, whose certificate is issued by the
utility's internal CA; the CA bundle path comes from configuration.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import requests


@dataclass(frozen=True)
class ExportConfig:
    base_url: str
    token: str
    ca_bundle: str | None = None

    @classmethod
    def from_env(cls) -> "ExportConfig":
        return cls(
            base_url=os.environ["HISTORIAN_API_URL"],
            token=os.environ["HISTORIAN_API_TOKEN"],
            ca_bundle=os.environ.get("HISTORIAN_CA_BUNDLE"),
        )


def make_session(cfg: ExportConfig) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {cfg.token}"
    session.verify = cfg.ca_bundle or True
    return session


def fetch_recorded(session: requests.Session, cfg: ExportConfig, web_id: str, start: datetime, end: datetime) -> list[dict]:
    resp = session.get(
        f"{cfg.base_url.rstrip('/')}/streams/{web_id}/recorded",
        params={"startTime": start.isoformat(), "endTime": end.isoformat()},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json().get("Items", [])


def export_csv(web_ids: list[str], start: datetime, end: datetime, out: Path) -> None:
    cfg = ExportConfig.from_env()
    session = make_session(cfg)
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["web_id", "timestamp", "value"])
        for web_id in web_ids:
            for item in fetch_recorded(session, cfg, web_id, start, end):
                writer.writerow([web_id, item["Timestamp"], item["Value"]])
