"""Fetch KDMs from a distributor's SFTP outbox into the TMS inbox."""
import json
import logging
import posixpath
from pathlib import Path

import boto3
import paramiko

log = logging.getLogger(__name__)


def distributor_credentials(secret_id: str) -> dict:
    sm = boto3.client("secretsmanager")
    return json.loads(sm.get_secret_value(SecretId=secret_id)["SecretString"])


class KdmSftpIngest:
    def __init__(
        self,
        host: str,
        inbox: Path,
        username: str,
        password: str | None = None,
        port: int = 22,
        remote_dir: str = "/outbox",
    ):
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.remote_dir = remote_dir
        self.inbox = inbox

    @classmethod
    def from_secret(cls, secret_id: str, inbox: Path) -> "KdmSftpIngest":
        creds = distributor_credentials(secret_id)
        return cls(creds["host"], inbox, creds["username"], creds["password"],
                   int(creds.get("port", 22)), creds.get("remote_dir", "/outbox"))

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
