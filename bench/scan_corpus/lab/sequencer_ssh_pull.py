"""Copy finished run folders off the sequencer control PC.

Host keys of the instrument PCs are pinned in the orchestrator's known_hosts
file, which is managed by configuration management.
"""
import os
import stat
from pathlib import Path

import paramiko

KNOWN_HOSTS = os.environ.get("SEQ_KNOWN_HOSTS", "/etc/orchestrator/known_hosts")


def open_sftp(host: str, username: str, key_path: str) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, key_filename=key_path, timeout=20, allow_agent=False)
    return client, client.open_sftp()


def pull_run(sftp: paramiko.SFTPClient, remote_dir: str, local_dir: Path) -> int:
    local_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    for entry in sftp.listdir_attr(remote_dir):
        src = f"{remote_dir}/{entry.filename}"
        dst = local_dir / entry.filename
        if stat.S_ISDIR(entry.st_mode):
            count += pull_run(sftp, src, dst)
        else:
            sftp.get(src, str(dst))
            count += 1
    return count


def sync(host: str, run_folder: str, dest_root: Path) -> int:
    client, sftp = open_sftp(host, os.environ.get("SEQ_USER", "sbsuser"), os.environ["SEQ_SSH_KEY"])
    try:
        return pull_run(sftp, f"/data/runs/{run_folder}", dest_root / run_folder)
    finally:
        sftp.close()
        client.close()
