"""Maintenance access to the solar gateways moored on each longline block.

Field technicians pull logger files and restart the sensor daemon on the
gateways over SSH from the shore office.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class GatewayTarget:
    block: str
    hostname: str
    port: int = 22
    username: str = "fieldops"


class GatewaySessionFactory:
    host_key_policy = paramiko.AutoAddPolicy
    key_path = Path(os.environ.get("GATEWAY_SSH_KEY", "~/.ssh/gateway_ed25519")).expanduser()
    timeout = 20.0

    @classmethod
    def open(cls, target: GatewayTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(cls.host_key_policy())
        client.connect(
            target.hostname,
            port=target.port,
            username=target.username,
            key_filename=str(cls.key_path),
            timeout=cls.timeout,
        )
        return client


class GatewayMaintenance:
    def __init__(self, target: GatewayTarget, factory: type[GatewaySessionFactory] = GatewaySessionFactory) -> None:
        self._target = target
        self._factory = factory

    def fetch_logs(self, local_dir: Path) -> list[Path]:
        fetched: list[Path] = []
        with self._factory.open(self._target) as client:
            sftp = client.open_sftp()
            for name in sftp.listdir("/var/log/swf-logger"):
                if not name.endswith(".csv"):
                    continue
                dest = local_dir / self._target.block / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                sftp.get(f"/var/log/swf-logger/{name}", str(dest))
                fetched.append(dest)
        return fetched

    def restart_daemon(self) -> str:
        with self._factory.open(self._target) as client:
            _, stdout, stderr = client.exec_command("sudo systemctl restart swf-logger")
            return stdout.read().decode() + stderr.read().decode()
