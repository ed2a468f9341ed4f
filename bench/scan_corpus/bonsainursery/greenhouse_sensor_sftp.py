"""Collect humidity and temperature logs from the greenhouse controllers.

Each greenhouse has a small Linux controller that writes a CSV per day. This
job copies yesterday's file over SFTP so the watering planner can use it.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import paramiko

log = logging.getLogger("greenhouse.sensors")


@dataclass(frozen=True)
class Controller:
    name: str
    host: str
    port: int = 22
    remote_dir: str = "/var/log/climate"


CONTROLLERS = [
    Controller("house-a", os.environ.get("GH_A_HOST", "gh-a.nursery.lan")),
    Controller("house-b", os.environ.get("GH_B_HOST", "gh-b.nursery.lan")),
    Controller("shohin-tunnel", os.environ.get("GH_TUNNEL_HOST", "gh-tunnel.nursery.lan")),
]


def _connect(ctrl: Controller, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        ctrl.host,
        port=ctrl.port,
        username=username,
        key_filename=key_path,
        timeout=15,
    )
    return client


def fetch_day(ctrl: Controller, day: date, dest_root: Path, username: str, key_path: str) -> Path:
    dest_dir = dest_root / ctrl.name
    dest_dir.mkdir(parents=True, exist_ok=True)
    filename = f"climate-{day.isoformat()}.csv"
    local_path = dest_dir / filename
    client = _connect(ctrl, username, key_path)
    try:
        with client.open_sftp() as sftp:
            sftp.get(f"{ctrl.remote_dir}/{filename}", str(local_path))
    finally:
        client.close()
    log.info("copied %s from %s", filename, ctrl.name)
    return local_path


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    yesterday = date.today() - timedelta(days=1)
    dest_root = Path(os.environ.get("CLIMATE_DATA_DIR", "/srv/nursery/climate"))
    username = os.environ.get("GH_SSH_USER", "climate")
    key_path = os.environ.get("GH_SSH_KEY", "/etc/bonsainursery/ssh/climate_ed25519")
    for ctrl in CONTROLLERS:
        try:
            fetch_day(ctrl, yesterday, dest_root, username, key_path)
        except (OSError, paramiko.SSHException) as exc:
            log.warning("could not fetch climate log from %s: %s", ctrl.name, exc)


if __name__ == "__main__":
    main()
