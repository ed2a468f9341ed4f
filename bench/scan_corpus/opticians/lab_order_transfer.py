"""Collects glazing acknowledgements from the lens lab's SFTP server.

The lab's host key is pinned in a known_hosts file shipped with the
deployment; connections to any other key are refused.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SFTP_SETTINGS = {
    "host": os.environ.get("LENS_LAB_SFTP_HOST", ""),
    "port": int(os.environ.get("LENS_LAB_SFTP_PORT", "22")),
    "user": os.environ.get("LENS_LAB_SFTP_USER", ""),
    "key_file": os.environ.get("LENS_LAB_SFTP_KEY", "/etc/optix/lab_sftp_ed25519"),
    "known_hosts": os.environ.get("LENS_LAB_KNOWN_HOSTS", "/etc/optix/lab_known_hosts"),
    "ack_dir": "/outbound/acks",
}


class AckCollector:
    host_key_policy = paramiko.RejectPolicy

    def __init__(self, settings: dict = SFTP_SETTINGS):
        self.settings = settings

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.settings["known_hosts"])
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.settings["host"],
            port=self.settings["port"],
            username=self.settings["user"],
            key_filename=self.settings["key_file"],
            allow_agent=False,
            look_for_keys=False,
            timeout=20,
        )
        return client

    def fetch(self, dest: Path) -> list[Path]:
        dest.mkdir(parents=True, exist_ok=True)
        fetched = []
        client = self._client()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(self.settings["ack_dir"]):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".ack"):
                    continue
                local = dest / Path(entry.filename).name
                sftp.get(f"{self.settings['ack_dir']}/{entry.filename}", str(local))
                fetched.append(local)
        finally:
            client.close()
        log.info("collected %d lab acknowledgements", len(fetched))
        return fetched
