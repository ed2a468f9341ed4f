"""Pulls new herbarium sheet scans from the imaging station's SFTP drop."""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class ScanStationSync:
    HOST_KEY_POLICY = paramiko.AutoAddPolicy
    REMOTE_DIR = "/outgoing/scans"

    def __init__(self, host: str, username: str, key_path: str, local_dir: Path):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.local_dir = local_dir

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.HOST_KEY_POLICY())
        client.connect(self.host, username=self.username, key_filename=self.key_path, timeout=30)
        return client

    def run(self) -> int:
        self.local_dir.mkdir(parents=True, exist_ok=True)
        fetched = 0
        with self._connect() as client:
            sftp = client.open_sftp()
            for name in sftp.listdir(self.REMOTE_DIR):
                if not name.lower().endswith((".tif", ".tiff", ".jpg")):
                    continue
                local_name = Path(name).name
                target = self.local_dir / local_name
                if target.exists():
                    continue
                sftp.get(posixpath.join(self.REMOTE_DIR, name), str(target))
                fetched += 1
        log.info("fetched %d new scans from %s", fetched, self.host)
        return fetched


if __name__ == "__main__":
    ScanStationSync(
        host=os.environ["SCAN_STATION_HOST"],
        username=os.environ.get("SCAN_STATION_USER", "herbarium"),
        key_path=os.environ["SCAN_STATION_KEY"],
        local_dir=Path(os.environ.get("SCAN_INBOX", "/srv/herbarium/inbox")),
    ).run()
