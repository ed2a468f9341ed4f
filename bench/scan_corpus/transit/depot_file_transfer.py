"""Copies ticket machine fare tables to depot servers over SFTP.

The fares team publishes a new fare table ahead of each fare change. Each
depot server then loads it onto the driver ticket machines as buses sign on.
Depot host keys are pinned in the ``known_hosts`` file managed by config
management.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("fares.distribute")

KNOWN_HOSTS = Path(os.environ.get("DEPOT_KNOWN_HOSTS", "/etc/fares/known_hosts"))
REMOTE_PATH = "/srv/etm/fares/pending/"


class DepotTransfer:
    def __init__(self, username: str, key_file: str):
        self.username = username
        self.key = paramiko.Ed25519Key.from_private_key_file(key_file)

    def _client(self, host: str) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(host, username=self.username, pkey=self.key, timeout=15,
                       allow_agent=False, look_for_keys=False)
        return client

    def send(self, host: str, table: Path) -> None:
        client = self._client(host)
        try:
            with client.open_sftp() as sftp:
                tmp_name = REMOTE_PATH + table.name + ".part"
                sftp.put(str(table), tmp_name)
                sftp.posix_rename(tmp_name, REMOTE_PATH + table.name)
        finally:
            client.close()

    def distribute(self, hosts: list[str], table: Path) -> list[str]:
        failed = []
        for host in hosts:
            try:
                self.send(host, table)
                log.info("fare table %s sent to %s", table.name, host)
            except (paramiko.SSHException, OSError) as exc:
                log.error("fare table to %s failed: %s", host, exc)
                failed.append(host)
        return failed
