"""Pulls moisture-meter logs from the stave drying yard gateways over SFTP."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

import paramiko

log = logging.getLogger("yard.sftp")


@dataclass
class GatewayTarget:
    hostname: str
    username: str
    key_file: str
    remote_dir: str = "/var/log/moisture"
    port: int = 22


@dataclass
class YardSyncSettings:
    local_root: Path = Path("/srv/yard/moisture")
    gateways: List[GatewayTarget] = field(default_factory=list)


class GatewayConnector:
    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 15

    def open(self, target: GatewayTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            target.hostname,
            port=target.port,
            username=target.username,
            key_filename=target.key_file,
            timeout=self.connect_timeout,
        )
        return client


class MoistureLogSync:
    def __init__(self, settings: YardSyncSettings, connector: GatewayConnector | None = None) -> None:
        self.settings = settings
        self.connector = connector or GatewayConnector()

    def sync_gateway(self, target: GatewayTarget) -> int:
        dest = self.settings.local_root / target.hostname
        dest.mkdir(parents=True, exist_ok=True)
        copied = 0
        with self.connector.open(target) as client:
            sftp = client.open_sftp()
            for name in sftp.listdir(target.remote_dir):
                if not name.endswith(".csv"):
                    continue
                sftp.get(f"{target.remote_dir}/{name}", str(dest / os.path.basename(name)))
                copied += 1
        log.info("copied %d moisture logs from %s", copied, target.hostname)
        return copied

    def run(self) -> int:
        return sum(self.sync_gateway(t) for t in self.settings.gateways)
