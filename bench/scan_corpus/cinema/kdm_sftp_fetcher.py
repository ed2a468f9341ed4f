"""Fetch KDMs from a distributor's SFTP outbox into the TMS inbox."""
import logging
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class KdmSftpFetcher:
    def __init__(
        self,
        host: str,
        inbox: Path,
        username: str = "cin_kdm_ingest",
        password: str = "Rv8!qT2mZx#41kdm",
        port: int = 22,
        remote_dir: str = "/outbox",
    ):
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.remote_dir = remote_dir
        self.inbox = inbox

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, port=self.port, username=self.username, password=self.password)
        return client

    def fetch_new(self) -> list[Path]:
        fetched = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir(self.remote_dir):
                if not entry.lower().endswith(".xml"):
                    continue
                local = self.inbox / Path(entry).name
                if local.exists():
                    continue
                sftp.get(posixpath.join(self.remote_dir, entry), str(local))
                fetched.append(local)
        finally:
            client.close()
        log.info("fetched %d KDMs from %s", len(fetched), self.host)
        return fetched
