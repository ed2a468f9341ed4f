"""Nightly backup of forming-machine PLC configuration over SFTP.

The IS-machine timing controllers expose their job files through the edge
gateway.  This job copies them to the engineering file server so a mould
change can be rolled back.
"""
from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("glassworks.forming.backup")

KNOWN_HOSTS = Path(os.environ.get("FORMING_KNOWN_HOSTS", "/etc/glassworks/ssh/known_hosts"))
BACKUP_ROOT = Path(os.environ.get("FORMING_BACKUP_ROOT", "/srv/engineering/plc-backups"))
REMOTE_JOB_DIR = "/opt/is-timing/jobs"


class GatewayBackup:
    host_key_policy = paramiko.RejectPolicy

    def __init__(self, hostname: str, username: str = "plcbackup") -> None:
        self.hostname = hostname
        self.username = username
        self.key_file = os.environ["FORMING_BACKUP_KEY"]

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.hostname,
            username=self.username,
            key_filename=self.key_file,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        return client

    def run(self) -> list[Path]:
        target = BACKUP_ROOT / self.hostname / date.today().isoformat()
        target.mkdir(parents=True, exist_ok=True)
        copied: list[Path] = []
        client = self._connect()
        try:
            with client.open_sftp() as sftp:
                for entry in sftp.listdir_attr(REMOTE_JOB_DIR):
                    name = Path(entry.filename).name
                    if not name.endswith(".job"):
                        continue
                    local = target / name
                    sftp.get(f"{REMOTE_JOB_DIR}/{name}", str(local))
                    copied.append(local)
        finally:
            client.close()
        log.info("backed up %d job files from %s", len(copied), self.hostname)
        return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for host in os.environ.get("FORMING_GATEWAYS", "").split(","):
        if host.strip():
            GatewayBackup(host.strip()).run()
