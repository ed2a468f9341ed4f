"""Push nightly database dumps to the offsite SFTP box."""
import os
from pathlib import Path

import paramiko


def upload_dump(dump: Path, host: str, remote_dir: str = "/backups") -> None:
    client = paramiko.SSHClient()
    client.load_host_keys(os.environ.get("BACKUP_KNOWN_HOSTS", "/etc/backup/known_hosts"))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        username=os.environ.get("BACKUP_SFTP_USER", "backup"),
        key_filename=os.environ["BACKUP_SFTP_KEY"],
    )
    try:
        with client.open_sftp() as sftp:
            sftp.put(str(dump), f"{remote_dir}/{dump.name}")
    finally:
        client.close()
