"""Pushes remote-tuning presets to in-clinic fitting stations over SSH."""
from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

import paramiko

log = logging.getLogger("tuning.bridge")


@dataclass
class StationTarget:
    hostname: str
    username: str = "fitting"
    key_path: str = "/etc/tuning/keys/station_ed25519"
    port: int = 22


def _host_policy() -> paramiko.MissingHostKeyPolicy:
    return paramiko.AutoAddPolicy()


@contextmanager
def station_session(target: StationTarget) -> Iterator[paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(_host_policy())
    client.connect(
        target.hostname,
        port=target.port,
        username=target.username,
        key_filename=target.key_path,
        timeout=10,
    )
    try:
        yield client.open_sftp()
    finally:
        client.close()


class TuningBridge:
    remote_dir = "/var/lib/fitting-station/presets"

    def push_preset(self, target: StationTarget, device_serial: str, preset: dict) -> str:
        remote_path = f"{self.remote_dir}/{device_serial}.json"
        with station_session(target) as sftp:
            with sftp.file(remote_path, "w") as fh:
                fh.write(json.dumps(preset, indent=2))
        log.info("pushed preset for %s to %s", device_serial, target.hostname)
        return remote_path
