"""Pulls customs release messages from the port community system SFTP outbox."""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class PcsSftpSync:
    known_hosts = os.environ.get("PCS_KNOWN_HOSTS", os.path.expanduser("~/.ssh/known_hosts"))
    host_key_policy = paramiko.RejectPolicy

    def __init__(self, host: str, username: str, key_path: str, outbox: str = "/outbox"):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.outbox = outbox

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            username=self.username,
            key_filename=self.key_path,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        return client

    def pull(self, dest: Path) -> list[Path]:
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for name in sftp.listdir(self.outbox):
                if not name.endswith(".xml"):
                    continue
                local = dest / Path(name).name
                remote = posixpath.join(self.outbox, name)
                sftp.get(remote, str(local))
                sftp.remove(remote)
                fetched.append(local)
        finally:
            client.close()
        log.info("pulled %d release message(s) from %s", len(fetched), self.host)
        return fetched
