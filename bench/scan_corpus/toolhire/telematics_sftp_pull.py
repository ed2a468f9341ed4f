"""Nightly pull of engine-hour and fuel CSVs from the telematics vendor's SFTP drop.

The vendor aggregates CAN-bus data from fitted excavators, dumpers and
telehandlers and publishes one file per depot per day.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

import paramiko

log = logging.getLogger("toolhire.telematics.sftp")


@dataclass
class DropSettings:
    host: str
    port: int
    username: str
    key_path: str
    remote_dir: str
    local_dir: Path

    @classmethod
    def from_env(cls) -> "DropSettings":
        return cls(
            host=os.environ["TELEMATICS_SFTP_HOST"],
            port=int(os.environ.get("TELEMATICS_SFTP_PORT", "22")),
            username=os.environ["TELEMATICS_SFTP_USER"],
            key_path=os.environ["TELEMATICS_SFTP_KEY"],
            remote_dir=os.environ.get("TELEMATICS_SFTP_DIR", "/outbound"),
            local_dir=Path(os.environ.get("TELEMATICS_LOCAL_DIR", "/srv/telematics/inbox")),
        )


class TelematicsDrop:
    host_key_policy = paramiko.AutoAddPolicy

    def __init__(self, settings: DropSettings) -> None:
        self.settings = settings
        self._client = paramiko.SSHClient()
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(self.host_key_policy())

    def __enter__(self) -> "TelematicsDrop":
        pkey = paramiko.Ed25519Key.from_private_key_file(self.settings.key_path)
        self._client.connect(
            self.settings.host,
            port=self.settings.port,
            username=self.settings.username,
            pkey=pkey,
            timeout=30,
        )
        self._sftp = self._client.open_sftp()
        return self

    def __exit__(self, *exc) -> None:
        self._sftp.close()
        self._client.close()

    def pending(self, already_seen: List[str]) -> Iterator[str]:
        for name in sorted(self._sftp.listdir(self.settings.remote_dir)):
            if name.endswith(".csv") and name not in already_seen:
                yield name

    def fetch(self, name: str) -> Path:
        target = self.settings.local_dir / Path(name).name
        self._sftp.get(f"{self.settings.remote_dir}/{name}", str(target))
        log.info("fetched %s (%d bytes)", name, target.stat().st_size)
        return target


def run_nightly(seen_store) -> int:
    fetched = 0
    with TelematicsDrop(DropSettings.from_env()) as drop:
        for name in drop.pending(seen_store.names()):
            seen_store.add(name, drop.fetch(name))
            fetched += 1
    return fetched
