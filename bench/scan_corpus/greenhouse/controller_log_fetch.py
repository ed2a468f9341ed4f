"""Fetches alarm logs from the climate computers over SSH.

Host keys for every controller are pinned in the site's known_hosts file,
which is managed by the provisioning playbook.
"""
from __future__ import annotations

import os
from pathlib import Path

import paramiko as pk

KNOWN_HOSTS = Path(os.environ.get("GH_KNOWN_HOSTS", "/etc/ghops/known_hosts"))
ALARM_LOG = "/var/log/climate/alarms.log"


class ControllerShell:
    host_policy = pk.RejectPolicy

    def __init__(self, host: str, user: str, key_path: str, port: int = 22):
        self.host = host
        self.user = user
        self.key_path = key_path
        self.port = port

    def _client(self) -> pk.SSHClient:
        client = pk.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(self.host_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.user,
            key_filename=self.key_path,
            timeout=15,
            look_for_keys=False,
        )
        return client

    def tail_alarms(self, lines: int = 200) -> list[str]:
        with self._client() as client, client.open_sftp() as sftp:
            with sftp.open(ALARM_LOG, "r") as fh:
                data = fh.read().decode("utf-8", errors="replace")
        return data.splitlines()[-lines:]
