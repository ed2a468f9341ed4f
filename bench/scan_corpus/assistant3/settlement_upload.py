"""Push nightly settlement files to the bank's SFTP drop."""
from __future__ import annotations

import os
from pathlib import Path

import paramiko


def upload_settlement(local_file: Path, host: str, remote_dir: str, port: int = 22) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(os.environ.get("BANK_KNOWN_HOSTS", str(Path.home() / ".ssh/known_hosts")))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        port=port,
        username=os.environ["BANK_SFTP_USER"],
        key_filename=os.environ["BANK_SFTP_KEY_PATH"],
        timeout=30,
    )
    try:
        with client.open_sftp() as sftp:
            remote_path = f"{remote_dir.rstrip('/')}/{local_file.name}"
            sftp.put(str(local_file), remote_path)
            return remote_path
    finally:
        client.close()
