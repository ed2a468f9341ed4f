"""Pull interpolated tag values from the PI Web API historian for nightly exports."""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable

import requests

log = logging.getLogger("historian.export")


@dataclass
class HistorianConfig:
    base_url: str = "https://10.42.8.15/piwebapi"
    ca_bundle: str = "/etc/pki/gaspipe/historian-ca.pem"
    timeout_s: float = 30.0
    interval: str = "5m"
    tags: list[str] = field(default_factory=lambda: [
        "CS07.DischargePressure",
        "CS07.SuctionPressure",
        "CS07.UnitSpeed",
    ])


class HistorianExportClient:
    def __init__(self, config: HistorianConfig | None = None) -> None:
        self.config = config or HistorianConfig()
        self.session = requests.Session()
        self.session.verify = self.config.ca_bundle

    def _webid(self, tag: str) -> str:
        resp = self.session.get(
            f"{self.config.base_url}/points",
            params={"path": f"\\\\PIHIST01\\{tag}"},
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["WebId"]

    def interpolated(self, tag: str, start: datetime, end: datetime) -> Iterable[dict]:
        webid = self._webid(tag)
        resp = self.session.get(
            f"{self.config.base_url}/streams/{webid}/interpolated",
            params={
                "startTime": start.isoformat(),
                "endTime": end.isoformat(),
                "interval": self.config.interval,
            },
            timeout=self.config.timeout_s,
        )
        resp.raise_for_status()
        return resp.json().get("Items", [])

    def export_day(self, day: datetime, out_dir: Path) -> Path:
        start = day.replace(hour=0, minute=0, second=0, microsecond=0)
        end = start + timedelta(days=1)
        target = out_dir / f"historian_{start:%Y%m%d}.csv"
        with target.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["tag", "timestamp", "value"])
            for tag in self.config.tags:
                for item in self.interpolated(tag, start, end):
                    writer.writerow([tag, item["Timestamp"], item["Value"]])
        log.info("exported %s", target)
        return target
