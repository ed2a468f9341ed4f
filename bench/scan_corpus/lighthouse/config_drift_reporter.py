"""Report configuration drift between a station and its fleet baseline."""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import httpx

CONFIG_DIR = Path("/etc/lighthouse")
TRACKED = ("station.toml", "lamp_schedule.yaml", "agents.yaml")


@dataclass
class DriftReport:
    station: str
    file_digests: dict[str, str]
    env_names: list[str]

    def to_json(self) -> str:
        return json.dumps(
            {"station": self.station, "files": self.file_digests, "env_names": self.env_names},
            sort_keys=True,
        )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def env_file_names(path: Path) -> list[str]:
    """Variable names declared in the station .env file; values are never read out."""
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            names.append(line.split("=", 1)[0].strip())
    return sorted(names)


def build_report(station: str) -> DriftReport:
    digests = {n: _digest(CONFIG_DIR / n) for n in TRACKED if (CONFIG_DIR / n).exists()}
    env_path = CONFIG_DIR / ".env"
    names = env_file_names(env_path) if env_path.exists() else []
    return DriftReport(station=station, file_digests=digests, env_names=names)


def send(report: DriftReport) -> dict:
    resp = httpx.post(
        f"{os.environ['FLEET_API_URL']}/drift",
        content=report.to_json(),
        headers={"Content-Type": "application/json"},
        timeout=15.0,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(send(build_report(os.environ["STATION_CODE"])))
