"""Announce a new SCADA gateway deployment to the internal release dashboard."""
from __future__ import annotations

import logging
import os
import socket
from datetime import datetime, timezone
from typing import Mapping

import httpx

log = logging.getLogger("release.publish")

PUBLISHED_ENV_KEYS: tuple[str, ...] = (
    "GIT_COMMIT_SHA",
    "RELEASE_CHANNEL",
    "STATION_REGION",
    "GATEWAY_BUILD_NUMBER",
)


def release_fields(env: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {key: env[key] for key in PUBLISHED_ENV_KEYS if key in env}


def build_announcement(service: str) -> dict:
    return {
        "service": service,
        "host": socket.gethostname(),
        "deployed_at": datetime.now(timezone.utc).isoformat(),
        "release": release_fields(),
    }


def publish(service: str = "scada-gateway") -> None:
    dashboard = os.environ["RELEASE_DASHBOARD_URL"].rstrip("/")
    token = os.environ["RELEASE_DASHBOARD_TOKEN"]
    with httpx.Client(timeout=10.0) as client:
        resp = client.post(
            f"{dashboard}/api/releases",
            json=build_announcement(service),
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
    log.info("published release for %s", service)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    publish()
