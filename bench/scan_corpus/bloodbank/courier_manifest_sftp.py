"""Upload nightly dispatch manifests to the courier company's SFTP drop."""
import logging
import os
import sys
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class ManifestUploader:
    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 20

    def __init__(self, host: str, username: str, key_path: str,
                 remote_dir: str = "/inbound/manifests", port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self.remote_dir = remote_dir

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            timeout=self.connect_timeout,
        )
        return client

    def upload(self, manifests: list[Path]) -> int:
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for manifest in manifests:
                target = f"{self.remote_dir}/{manifest.name}"
                sftp.put(str(manifest), target)
                log.info("uploaded %s -> %s", manifest.name, target)
            return len(manifests)
        finally:
            client.close()


def main(outbox: str) -> None:
    uploader = ManifestUploader(
        host=os.environ["COURIER_SFTP_HOST"],
        username=os.environ["COURIER_SFTP_USER"],
        key_path=os.environ["COURIER_SFTP_KEY"],
    )
    files = sorted(Path(outbox).glob("manifest_*.csv"))
    count = uploader.upload(files)
    log.info("%d manifests sent", count)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(sys.argv[1])
