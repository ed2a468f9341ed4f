"""Pulls blocking-kiln and steamer sensor logs from the workshop gateway over SSH."""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from datetime import date

import paramiko


@dataclass
class GatewayConfig:
    hostname: str
    username: str = "sensors"
    key_path: str = os.path.expanduser("~/.ssh/workshop_gateway")
    port: int = 22
    log_dir: str = "/var/log/workshop"


class GatewayConnection:
    host_key_policy = paramiko.AutoAddPolicy
    timeout_s = 15

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._client: paramiko.SSHClient | None = None

    def __enter__(self) -> "GatewayConnection":
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.config.hostname,
            port=self.config.port,
            username=self.config.username,
            key_filename=self.config.key_path,
            timeout=self.timeout_s,
        )
        self._client = client
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()

    def read_file(self, remote_path: str) -> str:
        assert self._client is not None
        with self._client.open_sftp() as sftp, sftp.open(remote_path) as fh:
            return fh.read().decode("utf-8")


@dataclass
class SensorReading:
    device: str
    timestamp: str
    temperature_c: float
    humidity_pct: float


def fetch_day(config: GatewayConfig, day: date) -> list[SensorReading]:
    path = f"{config.log_dir}/sensors-{day:%Y%m%d}.csv"
    with GatewayConnection(config) as conn:
        text = conn.read_file(path)
    return [
        SensorReading(row["device"], row["ts"], float(row["temp_c"]), float(row["rh"]))
        for row in csv.DictReader(io.StringIO(text))
    ]
