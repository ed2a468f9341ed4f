"""Collects alarm and bake-profile logs from the oven line PLC gateways over SSH.

The gateways are industrial Linux boxes on the OT VLAN; the collector pulls the
day's CSV logs to the historian share every night.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("plc.collector")


@dataclass
class GatewayTarget:
    name: str
    host: str
    port: int = 22
    username: str = "historian"
    remote_dir: str = "/var/log/ovenline"


@dataclass
class CollectorOptions:
    key_file: str = field(default_factory=lambda: os.environ.get("PLC_SSH_KEY", "/etc/historian/id_ed25519"))
    host_key_policy: type = paramiko.AutoAddPolicy
    timeout: float = 15.0
    local_root: Path = Path("/srv/historian/plc")


class GatewayLogCollector:
    def __init__(self, options: CollectorOptions | None = None) -> None:
        self.options = options or CollectorOptions()

    def _connect(self, target: GatewayTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.options.host_key_policy())
        client.connect(
            target.host,
            port=target.port,
            username=target.username,
            key_filename=self.options.key_file,
            timeout=self.options.timeout,
        )
        return client

    def pull(self, target: GatewayTarget, day: str) -> list[Path]:
        dest = self.options.local_root / target.name / day
        dest.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        with self._connect(target) as client:
            sftp = client.open_sftp()
            for name in sftp.listdir(target.remote_dir):
                if not (name.startswith(day) and name.endswith(".csv")):
                    continue
                local = dest / name
                sftp.get(f"{target.remote_dir}/{name}", str(local))
                fetched.append(local)
        log.info("pulled %d files from %s", len(fetched), target.name)
        return fetched
