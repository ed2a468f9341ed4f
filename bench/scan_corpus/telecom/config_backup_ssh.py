"""Pull running configs from edge routers over SSH for the nightly archive.

Host keys are pinned in the known_hosts file maintained by the inventory
pipeline; a device whose key is missing or changed is skipped and reported.
"""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("config_backup")

KNOWN_HOSTS = os.environ.get("NETOPS_KNOWN_HOSTS", "/etc/netops/known_hosts")


def open_session(address: str, username: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        address,
        username=username,
        key_filename=key_file,
        look_for_keys=False,
        allow_agent=False,
        timeout=15,
    )
    return client


def fetch_running_config(address: str, username: str, key_file: str) -> str:
    client = open_session(address, username, key_file)
    try:
        _, stdout, _ = client.exec_command("show running-config", timeout=60)
        return stdout.read().decode("utf-8", errors="replace")
    finally:
        client.close()


def backup_all(devices: dict[str, str], out_root: Path) -> list[str]:
    """``devices`` maps inventory hostname -> management address."""
    username = os.environ["BACKUP_SSH_USER"]
    key_file = os.environ["BACKUP_SSH_KEY"]
    day_dir = out_root / date.today().isoformat()
    day_dir.mkdir(parents=True, exist_ok=True)
    failed = []
    for hostname, address in sorted(devices.items()):
        try:
            config = fetch_running_config(address, username, key_file)
        except paramiko.SSHException as exc:
            log.error("skipping %s (%s): %s", hostname, address, exc)
            failed.append(hostname)
            continue
        (day_dir / f"{Path(hostname).name}.cfg").write_text(config, encoding="utf-8")
    return failed
