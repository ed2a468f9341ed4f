"""Ship sensor logs from site gateways to the central archive host.

Runs hourly from a systemd timer on each gateway and copies new sauna,
steam room and pool sensor logs with rsync over SSH.
"""
from __future__ import annotations

import logging
import os
import re
import subprocess
from dataclasses import dataclass, field

logger = logging.getLogger("spa.gateway.logsync")

SITE_CODE = re.compile(r"^[A-Z]{3}$")


@dataclass
class SyncTarget:
    host: str = field(default_factory=lambda: os.environ["ARCHIVE_HOST"])
    user: str = "logsync"
    remote_root: str = "/srv/sensor-logs"
    identity: str = "/etc/spa/gateway/logsync_ed25519"


def build_command(site: str, local_dir: str, target: SyncTarget) -> list[str]:
    if not SITE_CODE.match(site):
        raise ValueError(f"invalid site code: {site!r}")
    return [
        "rsync",
        "--archive",
        "--compress",
        "--partial",
        "-e",
        f"ssh -i {target.identity} -o BatchMode=yes",
        "--",
        f"{local_dir.rstrip('/')}/",
        f"{target.user}@{target.host}:{target.remote_root}/{site}/",
    ]


def sync_site_logs(site: str, local_dir: str = "/var/log/spa-sensors") -> int:
    command = build_command(site, local_dir, SyncTarget())
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
    if result.returncode != 0:
        logger.error("rsync failed for %s: %s", site, result.stderr.strip()[-500:])
    else:
        logger.info("synced sensor logs for %s", site)
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(sync_site_logs(os.environ["SITE_CODE"]))
