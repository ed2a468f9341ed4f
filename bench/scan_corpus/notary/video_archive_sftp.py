"""Ships finished session recordings to the long-term archive host.

State law requires audio-video recordings of remote notarizations to be
retained for 10 years; the archive host is a WORM-backed SFTP endpoint.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class RecordingArchiver:
    def __init__(self, host: str, username: str, key_path: str, remote_root: str = "/recordings"):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.remote_root = remote_root

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        pkey = paramiko.Ed25519Key.from_private_key_file(
            self.key_path, password=os.environ.get("ARCHIVE_KEY_PASSPHRASE")
        )
        client.connect(self.host, username=self.username, pkey=pkey, timeout=30)
        return client

    def upload(self, recording: Path, session_id: str) -> str:
        remote_dir = f"{self.remote_root}/{session_id[:2]}/{session_id}"
        remote_path = f"{remote_dir}/{recording.name}"
        client = self._connect()
        try:
            sftp = client.open_sftp()
            try:
                sftp.mkdir(remote_dir)
            except OSError:
                pass
            sftp.put(str(recording), remote_path, confirm=True)
            log.info("archived %s (%d bytes) to %s", recording.name, recording.stat().st_size, remote_path)
        finally:
            client.close()
        return remote_path


def archiver_from_env() -> RecordingArchiver:
    return RecordingArchiver(
        host=os.environ["ARCHIVE_SFTP_HOST"],
        username=os.environ["ARCHIVE_SFTP_USER"],
        key_path=os.environ["ARCHIVE_SFTP_KEY"],
    )
