"""Pulls wave height and wind readings from the site's metocean buoys."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import requests
import yaml

SITE_CONFIG = Path(os.environ.get("WF_SITE_CONFIG", "/etc/windfarm/site.yaml"))


@dataclass(frozen=True)
class BuoyEndpoint:
    name: str
    url: str
    ca_bundle: str


@dataclass
class SeaState:
    buoy: str
    hs_m: float
    tp_s: float
    wind_ms: float


def load_buoys(path: Path = SITE_CONFIG) -> list[BuoyEndpoint]:
    """Read buoy endpoints from the per-site deployment config."""
    with path.open() as fh:
        doc = yaml.safe_load(fh) or {}
    metocean = doc.get("metocean", {})
    ca = metocean.get("ca_bundle", "/etc/ssl/certs/ca-certificates.crt")
    return [BuoyEndpoint(b["name"], b["url"], ca) for b in metocean.get("buoys", [])]


def read_sea_state(buoy: BuoyEndpoint, timeout: float = 8.0) -> SeaState:
    resp = requests.get(f"{buoy.url}/latest", timeout=timeout, verify=buoy.ca_bundle)
    resp.raise_for_status()
    data = resp.json()
    return SeaState(buoy.name, float(data["Hs"]), float(data["Tp"]), float(data["WS"]))


def transfer_window_open(limit_hs_m: float = 1.5) -> bool:
    """True when every buoy reports significant wave height under the CTV limit."""
    states = [read_sea_state(b) for b in load_buoys()]
    return bool(states) and all(s.hs_m < limit_hs_m for s in states)
