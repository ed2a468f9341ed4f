"""Pulls feeding logs from the feed barges over SSH.

Each barge runs a small Linux controller that writes per-pen feed
delivery logs (kg pellets, blower runtime, spreader rotation). This job
collects the day's logs into the central data lake staging folder.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List

import paramiko
import yaml

log = logging.getLogger("barge.sync")


@dataclass
class Barge:
    name: str
    host: str
    user: str = "feedlog"
    port: int = 22


class BargeLogCollector:
    host_key_policy = paramiko.AutoAddPolicy
    remote_dir = "/var/log/feedctl"

    def __init__(self, key_file: str, staging: Path) -> None:
        self.key_file = key_file
        self.staging = staging

    def _connect(self, barge: Barge) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(barge.host, port=barge.port, username=barge.user, key_filename=self.key_file, timeout=20)
        return client

    def collect(self, barge: Barge, day: str) -> List[Path]:
        target = self.staging / barge.name / day
        target.mkdir(parents=True, exist_ok=True)
        fetched: List[Path] = []
        with self._connect(barge) as client, client.open_sftp() as sftp:
            for name in sftp.listdir(self.remote_dir):
                if day in name and name.endswith(".csv"):
                    local = target / name
                    sftp.get(f"{self.remote_dir}/{name}", str(local))
                    fetched.append(local)
        log.info("collected %d files from %s", len(fetched), barge.name)
        return fetched


def load_inventory(path: Path) -> Iterable[Barge]:
    with path.open() as fh:
        for entry in yaml.safe_load(fh)["barges"]:
            yield Barge(**entry)


def run(day: str) -> None:
    collector = BargeLogCollector(os.environ["BARGE_SSH_KEY"], Path(os.environ["FEEDLOG_STAGING"]))
    for barge in load_inventory(Path(os.environ["BARGE_INVENTORY"])):
        collector.collect(barge, day)
