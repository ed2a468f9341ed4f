"""Pulls sort plans exported by the network planning team from their SFTP.

Host keys are pinned in a known_hosts file shipped with the deployment;
a changed or unknown key stops the sync.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("sortplan.sync")

KNOWN_HOSTS = os.environ.get("PLANNING_SFTP_KNOWN_HOSTS", "/etc/courier/planning_known_hosts")


def open_planning_sftp() -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=os.environ["PLANNING_SFTP_HOST"],
        username=os.environ["PLANNING_SFTP_USER"],
        key_filename=os.environ["PLANNING_SFTP_KEY"],
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client, client.open_sftp()


def sync_sort_plans(depot: str, local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    client, sftp = open_planning_sftp()
    fetched = []
    try:
        remote_dir = f"/exports/{depot}"
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                continue
            target = local_dir / Path(entry.filename).name
            if target.exists() and target.stat().st_mtime >= entry.st_mtime:
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            os.utime(target, (entry.st_atime, entry.st_mtime))
            fetched.append(target)
    finally:
        sftp.close()
        client.close()
    log.info("fetched %d sort plans for %s", len(fetched), depot)
    return fetched
