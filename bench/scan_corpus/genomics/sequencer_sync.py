"""Pull run metadata from the sequencer output share once RTA signals completion.

The scheduler calls ``SequencerSync.sync_pending`` every few minutes with the
run ids it saw in the instrument's run log.
"""
import logging
import re
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

RUN_METADATA_FILES = ("RunInfo.xml", "RunParameters.xml", "SampleSheet.csv", "RTAComplete.txt")
RUN_ID_RE = re.compile(r"^\d{6,8}_[A-Z0-9]+_\d{4}_[A-Z0-9]+$")


class SequencerSync:
    def __init__(self, host: str, username: str, key_path: Path,
                 remote_root: str, local_root: Path):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.remote_root = remote_root.rstrip("/")
        self.local_root = local_root

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(self.host, username=self.username,
                       key_filename=str(self.key_path), timeout=20)
        return client

    def _is_complete(self, sftp: paramiko.SFTPClient, run_id: str) -> bool:
        try:
            sftp.stat(f"{self.remote_root}/{run_id}/RTAComplete.txt")
        except FileNotFoundError:
            return False
        return True

    def _fetch(self, sftp: paramiko.SFTPClient, run_id: str) -> Path:
        dest = self.local_root / run_id
        dest.mkdir(parents=True, exist_ok=True)
        for name in RUN_METADATA_FILES:
            sftp.get(f"{self.remote_root}/{run_id}/{name}", str(dest / name))
        return dest

    def sync_pending(self, run_ids: list[str]) -> list[Path]:
        fetched = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for run_id in run_ids:
                if not RUN_ID_RE.match(run_id):
                    log.warning("skipping malformed run id %r", run_id)
                    continue
                if (self.local_root / run_id / "RTAComplete.txt").exists():
                    continue
                if self._is_complete(sftp, run_id):
                    fetched.append(self._fetch(sftp, run_id))
                    log.info("synced metadata for %s", run_id)
        finally:
            client.close()
        return fetched
