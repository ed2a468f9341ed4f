"""Periodic heartbeat from each nacelle edge gateway to the fleet monitoring service."""

from __future__ import annotations

import os
import platform
import socket
import time
from importlib import metadata

import requests

SHAREABLE_ENV_KEYS = ("WF_SITE_CODE", "WF_RELEASE_CHANNEL", "WF_GATEWAY_MODEL")


class HeartbeatConfig:
    def __init__(self) -> None:
        self.endpoint = os.environ["FLEET_MONITOR_URL"]
        self.interval_s = int(os.environ.get("HEARTBEAT_INTERVAL_S", "60"))
        self.ca_bundle = os.environ.get("FLEET_MONITOR_CA", "/etc/ssl/certs/ca-certificates.crt")


def _deployment_labels() -> dict[str, str]:
    labels = {key.lower(): os.environ.get(key, "") for key in SHAREABLE_ENV_KEYS}
    return {k: v for k, v in labels.items() if v}


def _package_versions(names: tuple[str, ...] = ("pymodbus", "requests", "wf-edge-agent")) -> dict:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def build_heartbeat() -> dict:
    return {
        "gateway": socket.gethostname(),
        "uptime_s": time.monotonic(),
        "os": platform.release(),
        "labels": _deployment_labels(),
        "packages": _package_versions(),
    }


def run_forever(cfg: HeartbeatConfig | None = None) -> None:
    cfg = cfg or HeartbeatConfig()
    while True:
        try:
            requests.post(cfg.endpoint, json=build_heartbeat(), timeout=5, verify=cfg.ca_bundle)
        except requests.RequestException:
            pass
        time.sleep(cfg.interval_s)
