"""Nightly running-config backups for core and aggregation routers.

Reads the device list from the inventory YAML, pulls ``show running-config``
over SSH and writes one file per device per day into the backup tree, which
is committed to the config-archive repository by a later job.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import paramiko
import yaml

log = logging.getLogger("router_backup")

_PROMPT_NOISE = re.compile(r"^(Building configuration|Current configuration|!Time:).*$", re.M)
_HOSTNAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,62}$")


@dataclass
class Device:
    hostname: str
    mgmt_address: str
    platform: str = "iosxr"


def load_inventory(path: str) -> list[Device]:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    devices = [Device(**entry) for entry in data.get("routers", [])]
    return [d for d in devices if _HOSTNAME_OK.match(d.hostname)]


class RouterBackup:
    def __init__(self, backup_root: str, username: str | None = None):
        self.backup_root = Path(backup_root)
        self.username = username or os.environ["BACKUP_SSH_USER"]
        self._key_file = os.environ.get("BACKUP_SSH_KEY", str(Path.home() / ".ssh" / "id_ed25519"))

    def _connect(self, device: Device) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(
            device.mgmt_address,
            username=self.username,
            key_filename=self._key_file,
            look_for_keys=False,
            allow_agent=False,
            timeout=15,
        )
        return client

    def fetch_config(self, device: Device) -> str:
        client = self._connect(device)
        try:
            _, stdout, _ = client.exec_command("show running-config", timeout=60)
            raw = stdout.read().decode("utf-8", errors="replace")
        finally:
            client.close()
        return _PROMPT_NOISE.sub("", raw).strip() + "\n"

    def backup(self, device: Device) -> Path:
        day_dir = self.backup_root / date.today().isoformat()
        day_dir.mkdir(parents=True, exist_ok=True)
        target = day_dir / f"{device.hostname}.cfg"
        target.write_text(self.fetch_config(device), encoding="utf-8")
        return target

    def run(self, devices: list[Device]) -> dict[str, str]:
        results = {}
        for device in devices:
            try:
                path = self.backup(device)
                results[device.hostname] = str(path)
            except (paramiko.SSHException, OSError) as exc:
                log.error("backup of %s failed: %s", device.hostname, exc)
                results[device.hostname] = f"error: {exc}"
        return results
