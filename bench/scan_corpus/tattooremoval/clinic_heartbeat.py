"""Heartbeat from each clinic site to the central booking service.

Every minute the site gateway reports that the front-desk app, the photo
store and the laser workstations are reachable, so online booking can stop
offering slots at a site that is offline.
"""
from __future__ import annotations

import logging
import os
import shutil
import socket
import time
from dataclasses import dataclass, field
from importlib import metadata

import requests

log = logging.getLogger("clinic.heartbeat")


@dataclass
class HeartbeatSettings:
    endpoint: str = field(default_factory=lambda: os.environ["HEARTBEAT_URL"])
    site_id: str = field(default_factory=lambda: os.environ["CLINIC_SITE_ID"])
    environment: str = field(default_factory=lambda: os.environ.get("DEPLOY_ENV", "production"))
    photo_root: str = field(default_factory=lambda: os.environ.get("PHOTO_ROOT", "/srv/clinic/photos"))
    interval: float = 60.0


def _app_version() -> str:
    try:
        return metadata.version("clinic-frontdesk")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_payload(settings: HeartbeatSettings, lasers_online: int) -> dict:
    usage = shutil.disk_usage(settings.photo_root)
    return {
        "site_id": settings.site_id,
        "environment": settings.environment,
        "host": socket.gethostname(),
        "version": _app_version(),
        "photo_store_free_gb": round(usage.free / 1e9, 1),
        "lasers_online": lasers_online,
        "sent_at": int(time.time()),
    }


def run_forever(settings: HeartbeatSettings, count_lasers) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['HEARTBEAT_TOKEN']}"
    while True:
        payload = build_payload(settings, count_lasers())
        try:
            session.post(settings.endpoint, json=payload, timeout=5).raise_for_status()
        except requests.RequestException as err:
            log.warning("heartbeat for site %s failed: %s", settings.site_id, type(err).__name__)
        time.sleep(settings.interval)
