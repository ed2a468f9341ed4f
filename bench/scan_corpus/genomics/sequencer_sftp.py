"""SFTP access to sequencer output shares.

Instrument host keys are pinned in a known_hosts file managed by config
management; unknown hosts are refused.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("SEQUENCER_KNOWN_HOSTS", "/etc/genomics/ssh/known_hosts"))


@contextlib.contextmanager
def sequencer_sftp(host: str, username: str, key_path: Path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, key_filename=str(key_path),
                   timeout=20, allow_agent=False, look_for_keys=False)
    try:
        sftp = client.open_sftp()
        try:
            yield sftp
        finally:
            sftp.close()
    finally:
        client.close()


def fetch_sample_sheet(host: str, username: str, key_path: Path,
                       remote_run_dir: str, local_dir: Path) -> Path:
    local_dir.mkdir(parents=True, exist_ok=True)
    dest = local_dir / "SampleSheet.csv"
    with sequencer_sftp(host, username, key_path) as sftp:
        sftp.get(f"{remote_run_dir.rstrip('/')}/SampleSheet.csv", str(dest))
    return dest
