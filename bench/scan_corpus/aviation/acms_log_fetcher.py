"""Pull ACMS/QAR download files from the line-station ground servers.

Each line station has a small SFTP box that the wireless QAR uploads to
after engine shutdown. This job runs every 30 minutes and copies new files
into the flight data monitoring inbox.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("acms_fetch")

INBOX = Path(os.environ.get("FDM_INBOX", "/data/fdm/inbox"))
KEY_FILE = os.environ.get("ACMS_SFTP_KEY", "/etc/fdm/keys/acms_ed25519")
REMOTE_DIR = "/outgoing/qar"


def fetch_station(host: str, user: str = "fdm") -> int:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=KEY_FILE, timeout=20)
    copied = 0
    try:
        sftp = client.open_sftp()
        station_inbox = INBOX / host.split(".")[0]
        station_inbox.mkdir(parents=True, exist_ok=True)
        for entry in sftp.listdir_attr(REMOTE_DIR):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".dat"):
                continue
            local = station_inbox / os.path.basename(entry.filename)
            if local.exists() and local.stat().st_size == entry.st_size:
                continue
            sftp.get(f"{REMOTE_DIR}/{entry.filename}", str(local))
            copied += 1
    finally:
        client.close()
    log.info("%s: %d new QAR files", host, copied)
    return copied


def main() -> None:
    hosts = [h.strip() for h in os.environ["ACMS_STATION_HOSTS"].split(",") if h.strip()]
    for host in hosts:
        try:
            fetch_station(host)
        except (paramiko.SSHException, OSError) as exc:
            log.error("%s: fetch failed: %s", host, exc)


if __name__ == "__main__":
    main()
