"""Pushes imposed PDFs to the RIP server and pulls back the RIP logs.

Runs from cron on the prepress box every two minutes.
"""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger("rip_sync")

RIP_HOST = os.environ["RIP_SFTP_HOST"]
RIP_USER = os.environ.get("RIP_SFTP_USER", "prepress")
RIP_KEY_FILE = os.environ.get("RIP_SFTP_KEY", "/etc/printshop/rip_ed25519")
INBOX = "/jobs/inbox"
LOGS = "/jobs/logs"


def connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(RIP_HOST, username=RIP_USER, key_filename=RIP_KEY_FILE, timeout=15)
    return client


def push_imposed(sftp: paramiko.SFTPClient, outbox: Path) -> int:
    sent = 0
    for pdf in sorted(outbox.glob("*.pdf")):
        remote = posixpath.join(INBOX, pdf.name)
        sftp.put(str(pdf), remote + ".part")
        sftp.posix_rename(remote + ".part", remote)
        pdf.unlink()
        sent += 1
    return sent


def pull_logs(sftp: paramiko.SFTPClient, dest: Path) -> int:
    dest.mkdir(parents=True, exist_ok=True)
    fetched = 0
    for name in sftp.listdir(LOGS):
        if name.endswith(".log") and not (dest / os.path.basename(name)).exists():
            sftp.get(posixpath.join(LOGS, name), str(dest / os.path.basename(name)))
            fetched += 1
    return fetched


def main() -> None:
    with connect() as client:
        sftp = client.open_sftp()
        sent = push_imposed(sftp, Path("/srv/prepress/outbox"))
        fetched = pull_logs(sftp, Path("/srv/prepress/rip-logs"))
    log.info("rip sync: %d sent, %d logs fetched", sent, fetched)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
