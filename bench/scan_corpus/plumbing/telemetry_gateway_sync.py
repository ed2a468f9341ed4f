"""Pull boiler telemetry CSVs from the remote monitoring gateways over SFTP."""

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("telemetry.sync")


class GatewaySync:
    host_key_policy = paramiko.WarningPolicy
    remote_dir = "/data/outbox"

    def __init__(self, host: str, username: str, key_path: str | None = None, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path or os.environ["TELEMETRY_SSH_KEY"]

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=20,
        )
        return client

    def pull(self, dest: Path) -> list[Path]:
        dest.mkdir(parents=True, exist_ok=True)
        fetched = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for name in sftp.listdir(self.remote_dir):
                if not name.endswith(".csv"):
                    continue
                local = dest / Path(name).name
                sftp.get(f"{self.remote_dir}/{name}", str(local))
                fetched.append(local)
            log.info("Fetched %d telemetry files from %s", len(fetched), self.host)
        finally:
            client.close()
        return fetched
