"""Nightly backup of the greenhouse irrigation controller configuration.

Connects to each controller over SSH, dumps the watering programmes and
stores them in the backup folder with the date in the file name.
"""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("greenhouse.backup")

KNOWN_HOSTS = os.environ.get("GH_KNOWN_HOSTS", "/etc/bonsainursery/ssh/known_hosts")
SSH_KEY = os.environ.get("GH_SSH_KEY", "/etc/bonsainursery/ssh/backup_ed25519")
SSH_USER = os.environ.get("GH_SSH_USER", "backup")
BACKUP_DIR = Path(os.environ.get("GH_BACKUP_DIR", "/srv/nursery/backups/irrigation"))
CONTROLLERS = [h for h in os.environ.get("GH_CONTROLLERS", "").split(",") if h]


class ControllerSession:
    def __init__(self, host: str):
        self.host = host
        self.client = paramiko.SSHClient()

    def __enter__(self) -> paramiko.SSHClient:
        self.client.load_host_keys(KNOWN_HOSTS)
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())
        self.client.connect(self.host, username=SSH_USER, key_filename=SSH_KEY, timeout=20)
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()


def dump_config(host: str) -> bytes:
    with ControllerSession(host) as client:
        _, stdout, stderr = client.exec_command("irrigctl export --format json", timeout=60)
        data = stdout.read()
        if stdout.channel.recv_exit_status() != 0:
            raise RuntimeError(stderr.read().decode(errors="replace"))
        return data


def backup_all() -> int:
    BACKUP_DIR.mkdir(parents=True, exist_ok=True)
    ok = 0
    for host in CONTROLLERS:
        try:
            data = dump_config(host)
        except (paramiko.SSHException, OSError, RuntimeError) as exc:
            log.error("backup of %s failed: %s", host, exc)
            continue
        target = BACKUP_DIR / f"{host}-{date.today().isoformat()}.json"
        target.write_bytes(data)
        ok += 1
    log.info("backed up %d of %d controllers", ok, len(CONTROLLERS))
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    backup_all()
