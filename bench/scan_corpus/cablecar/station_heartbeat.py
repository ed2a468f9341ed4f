"""Periodic heartbeat from each station computer to the central operations dashboard."""

from __future__ import annotations

import os
import platform
import socket
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import httpx

PUBLIC_FIELDS = ("STATION_CODE", "RELEASE_TAG", "LINE_CODES")


@dataclass
class HeartbeatConfig:
    endpoint: str = field(default_factory=lambda: os.environ["OPS_HEARTBEAT_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get("OPS_CA_BUNDLE", "/etc/lift/pki/ops-ca.pem"))
    client_cert: str = field(default_factory=lambda: os.environ["STATION_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["STATION_CLIENT_KEY"])
    interval_s: float = 60.0


@dataclass
class Heartbeat:
    station: str
    release: str
    lines: list[str]
    host: str
    os_release: str
    uptime_s: float
    sent_at: str


def _public_settings() -> dict[str, str]:
    return {name: os.environ.get(name, "") for name in PUBLIC_FIELDS}


def build_heartbeat(started: float) -> Heartbeat:
    settings = _public_settings()
    return Heartbeat(
        station=settings["STATION_CODE"],
        release=settings["RELEASE_TAG"],
        lines=[c for c in settings["LINE_CODES"].split(",") if c],
        host=socket.gethostname(),
        os_release=platform.release(),
        uptime_s=round(time.monotonic() - started, 1),
        sent_at=datetime.now(timezone.utc).isoformat(),
    )


def run(cfg: HeartbeatConfig | None = None) -> None:
    cfg = cfg or HeartbeatConfig()
    started = time.monotonic()
    with httpx.Client(
        verify=cfg.ca_bundle, cert=(cfg.client_cert, cfg.client_key), timeout=10.0
    ) as client:
        while True:
            try:
                client.post(cfg.endpoint, json=asdict(build_heartbeat(started))).raise_for_status()
            except httpx.HTTPError:
                pass
            time.sleep(cfg.interval_s)
