"""Sends a venue server's settings snapshot to the ops dashboard.

Values of anything that looks like a credential are never sent; the dashboard
only learns whether such a setting is present, which is enough to spot a venue
that is missing configuration.
"""
from __future__ import annotations

import logging
import os
import re
import socket
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger(__name__)

ENV_FILE = Path("/opt/karaoke/.env")
SECRET_NAME = re.compile(r"(SECRET|PASSWORD|PASSWD|TOKEN|KEY|DSN|CREDENTIAL|PRIVATE)", re.I)
SHAREABLE = frozenset({"VENUE_CODE", "ROOM_COUNT", "RELEASE", "LOG_LEVEL", "TIMEZONE", "OPENING_HOURS"})


def describe_settings(values: dict[str, str | None]) -> dict[str, str]:
    described = {}
    for name, value in sorted(values.items()):
        if name in SHAREABLE and not SECRET_NAME.search(name):
            described[name] = value or ""
        else:
            described[name] = "<set>" if value else "<empty>"
    return described


class SettingsSnapshot:
    def __init__(self, env_file: Path = ENV_FILE) -> None:
        self.env_file = env_file
        self.described: dict[str, str] = {}

    def collect(self) -> "SettingsSnapshot":
        self.described = describe_settings(dotenv_values(self.env_file))
        return self

    def push(self, dashboard_url: str, token: str, venue_code: str) -> None:
        resp = requests.put(
            f"{dashboard_url.rstrip('/')}/v1/venues/{venue_code}/settings",
            json={"host": socket.gethostname(), "settings": self.described},
            headers={"Authorization": f"Bearer {token}"},
            timeout=20,
        )
        resp.raise_for_status()
        log.info("settings snapshot (%d names) pushed for %s", len(self.described), venue_code)


if __name__ == "__main__":
    SettingsSnapshot().collect().push(
        os.environ["FLEET_DASHBOARD_URL"],
        os.environ["FLEET_DASHBOARD_TOKEN"],
        os.environ["VENUE_CODE"],
    )
