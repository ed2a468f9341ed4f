"""Pulls diagnostic logs from the conveyor PLC gateway over SSH for the maintenance team."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import List

import paramiko


@dataclass(frozen=True)
class GatewaySshSettings:
    host: str
    username: str = "maint"
    key_path: Path = Path("/etc/saltmine/ssh/maint_ed25519")
    known_hosts: Path = Path("/etc/saltmine/ssh/known_hosts")
    port: int = 22


class GatewayLogCollector:
    LOG_DIR = "/var/log/plc-gateway"

    def __init__(self, settings: GatewaySshSettings) -> None:
        self.settings = settings
        self._client = paramiko.SSHClient()

    def _connect(self) -> paramiko.SSHClient:
        self._client.load_host_keys(str(self.settings.known_hosts))
        self._client.set_missing_host_key_policy(paramiko.RejectPolicy())
        self._client.connect(
            self.settings.host,
            port=self.settings.port,
            username=self.settings.username,
            key_filename=str(self.settings.key_path),
            allow_agent=False,
            look_for_keys=False,
            timeout=10,
        )
        return self._client

    def fetch(self, dest: Path, pattern: str = "gateway-") -> List[Path]:
        client = self._connect()
        fetched: List[Path] = []
        try:
            sftp = client.open_sftp()
            for name in sftp.listdir(self.LOG_DIR):
                if name.startswith(pattern) and name.endswith(".log"):
                    local = dest / name
                    sftp.get(f"{self.LOG_DIR}/{name}", str(local))
                    fetched.append(local)
        finally:
            client.close()
        return fetched


if __name__ == "__main__":
    out = Path(os.environ.get("GATEWAY_LOG_DEST", "/tmp/gateway-logs"))
    out.mkdir(parents=True, exist_ok=True)
    print(GatewayLogCollector(GatewaySshSettings(os.environ["PLC_GATEWAY_HOST"])).fetch(out))
