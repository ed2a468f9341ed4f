"""Uploads daily cold-vault sensor archives to the facilities SFTP server."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class SensorArchiveUploader:
    HOST_KEY_POLICY = paramiko.RejectPolicy
    KNOWN_HOSTS = Path(os.environ.get("FACILITIES_KNOWN_HOSTS", "/etc/seedbank/known_hosts"))

    def __init__(self, host: str, username: str, key_path: str, remote_dir: str = "/incoming/vault-sensors"):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.remote_dir = remote_dir

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.KNOWN_HOSTS))
        client.set_missing_host_key_policy(self.HOST_KEY_POLICY())
        client.connect(self.host, username=self.username, key_filename=self.key_path, timeout=30)
        return client

    def upload(self, archives: list[Path]) -> int:
        sent = 0
        with self._client() as client:
            sftp = client.open_sftp()
            for archive in archives:
                sftp.put(str(archive), f"{self.remote_dir}/{archive.name}")
                sent += 1
        log.info("uploaded %d sensor archives to %s", sent, self.host)
        return sent


if __name__ == "__main__":
    outbox = Path(os.environ.get("SENSOR_ARCHIVE_OUTBOX", "/srv/vault/archives"))
    SensorArchiveUploader(
        host=os.environ["FACILITIES_SFTP_HOST"],
        username=os.environ.get("FACILITIES_SFTP_USER", "vaultsensors"),
        key_path=os.environ["FACILITIES_SFTP_KEY"],
    ).upload(sorted(outbox.glob("*.csv.gz")))
