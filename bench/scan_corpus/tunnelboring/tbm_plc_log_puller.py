"""Pull shift logs from the TBM's onboard PLC data logger over SFTP.

The logger writes hourly CSVs of cutterhead torque, thrust cylinder strokes,
grout volumes and gas readings; these are copied to the site server.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass
class LoggerEndpoint:
    host: str
    port: int = 22
    username: str = "datalog"
    remote_dir: str = "/var/log/tbm/hourly"


class PlcLogPuller:
    HOST_KEY_POLICY = paramiko.AutoAddPolicy
    CONNECT_TIMEOUT = 15

    def __init__(self, endpoint: LoggerEndpoint, local_dir: Path) -> None:
        self.endpoint = endpoint
        self.local_dir = local_dir

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.HOST_KEY_POLICY())
        client.connect(
            self.endpoint.host,
            port=self.endpoint.port,
            username=self.endpoint.username,
            password=os.environ["TBM_LOGGER_PASSWORD"],
            timeout=self.CONNECT_TIMEOUT,
        )
        return client

    def pull_new(self) -> list[Path]:
        self.local_dir.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        with self._client() as client:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(self.endpoint.remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                    continue
                target = self.local_dir / Path(entry.filename).name
                if target.exists() and target.stat().st_size == entry.st_size:
                    continue
                sftp.get(f"{self.endpoint.remote_dir}/{entry.filename}", str(target))
                fetched.append(target)
        return fetched


if __name__ == "__main__":
    endpoint = LoggerEndpoint(host=os.environ["TBM_LOGGER_HOST"])
    for path in PlcLogPuller(endpoint, Path("/srv/tbm/plc-logs")).pull_new():
        print(path)
