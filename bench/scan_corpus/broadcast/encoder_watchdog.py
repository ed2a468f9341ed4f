"""Watchdog for the streaming encoders: restarts an encoder when its mount goes silent.

Encoder targets are configured as URLs with credentials in the userinfo part,
e.g. ``https://user:pass@host/mount``; they come from the secrets-backed env.
"""
from __future__ import annotations

import logging
import os
import subprocess
import time
from urllib.parse import urlsplit, urlunsplit

import requests

log = logging.getLogger("encoder_watchdog")

CHECK_INTERVAL = 20
SILENT_LIMIT = 3


def redact(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    if parts.username:
        host = f"{parts.username}:***@{host}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def mount_is_live(status_url: str, mount: str) -> bool:
    resp = requests.get(status_url, timeout=5)
    resp.raise_for_status()
    sources = resp.json().get("icestats", {}).get("source", [])
    if isinstance(sources, dict):
        sources = [sources]
    return any(s.get("listenurl", "").endswith(mount) for s in sources)


def restart_encoder(unit: str) -> None:
    subprocess.run(["systemctl", "restart", unit], check=True, timeout=30)


def watch(target_url: str, status_url: str, unit: str) -> None:
    mount = urlsplit(target_url).path
    misses = 0
    log.info("watching %s via %s (unit %s)", redact(target_url), status_url, unit)
    while True:
        try:
            live = mount_is_live(status_url, mount)
        except requests.RequestException as exc:
            log.warning("status check failed: %s", exc)
            live = False
        misses = 0 if live else misses + 1
        if misses >= SILENT_LIMIT:
            log.error("%s silent for %d checks, restarting %s", redact(target_url), misses, unit)
            restart_encoder(unit)
            misses = 0
        time.sleep(CHECK_INTERVAL)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    watch(os.environ["ENCODER_TARGET_URL"], os.environ["ICECAST_STATUS_URL"], os.environ["ENCODER_UNIT"])
