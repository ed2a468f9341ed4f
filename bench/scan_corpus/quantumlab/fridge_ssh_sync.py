"""Pulls controller log files from fridge PCs; host keys are managed by
configuration management and distributed in the known_hosts file below."""
import os
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("FRIDGE_KNOWN_HOSTS", "/etc/qlab/fridge_known_hosts"))


def open_client(host: str, username: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, key_filename=key_file, timeout=20,
                   allow_agent=False, look_for_keys=False)
    return client


def sync_logs(host: str, username: str, remote_dir: str, dest: Path) -> list[str]:
    key_file = os.environ["FRIDGE_SSH_KEY"]
    client = open_client(host, username, key_file)
    fetched = []
    try:
        with client.open_sftp() as sftp:
            dest.mkdir(parents=True, exist_ok=True)
            for name in sftp.listdir(remote_dir):
                local_name = Path(name).name
                if not local_name.endswith(".log") or local_name.startswith("."):
                    continue
                sftp.get(f"{remote_dir}/{local_name}", str(dest / local_name))
                fetched.append(local_name)
    finally:
        client.close()
    return fetched
