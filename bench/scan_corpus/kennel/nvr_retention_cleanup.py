"""Deletes NVR recordings older than the retention window agreed with owners."""
import logging
import os
import posixpath
from datetime import date, timedelta

import paramiko

log = logging.getLogger("nvr_retention")

SSH_SETTINGS = {
    "host": os.environ.get("NVR_HOST", "nvr.kennel.lan"),
    "port": int(os.environ.get("NVR_SSH_PORT", "22")),
    "user": os.environ.get("NVR_USER", "archive"),
    "key_path": os.environ.get("NVR_KEY_PATH", "/etc/kennel/nvr_ed25519"),
    "known_hosts": os.environ.get("NVR_KNOWN_HOSTS", "/etc/kennel/known_hosts"),
}
RETENTION_DAYS = int(os.environ.get("FOOTAGE_RETENTION_DAYS", "30"))
REMOTE_ROOT = "/recordings"


def open_nvr_session(settings: dict = SSH_SETTINGS) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings["known_hosts"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        settings["host"],
        port=settings["port"],
        username=settings["user"],
        key_filename=settings["key_path"],
        timeout=20,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def expired_days(sftp: paramiko.SFTPClient, cutoff: date) -> list[str]:
    folders = []
    for year in sftp.listdir(REMOTE_ROOT):
        for month in sftp.listdir(posixpath.join(REMOTE_ROOT, year)):
            for day in sftp.listdir(posixpath.join(REMOTE_ROOT, year, month)):
                try:
                    folder_date = date(int(year), int(month), int(day))
                except ValueError:
                    continue
                if folder_date < cutoff:
                    folders.append(posixpath.join(REMOTE_ROOT, year, month, day))
    return folders


def purge(dry_run: bool = False) -> int:
    cutoff = date.today() - timedelta(days=RETENTION_DAYS)
    removed = 0
    client = open_nvr_session()
    try:
        sftp = client.open_sftp()
        for folder in expired_days(sftp, cutoff):
            for name in sftp.listdir(folder):
                if not dry_run:
                    sftp.remove(posixpath.join(folder, name))
                removed += 1
            if not dry_run:
                sftp.rmdir(folder)
        sftp.close()
    finally:
        client.close()
    log.info("Removed %d recordings older than %s (dry_run=%s)", removed, cutoff, dry_run)
    return removed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    purge(dry_run=os.environ.get("DRY_RUN") == "1")
