"""Nightly push of rostering output to the depot duty-board servers.

Each depot runs a small Linux box that drives the duty-board screens in the
drivers' room. After the rostering run finishes we copy the next day's
board files to every depot over SFTP.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("roster.sync")

REMOTE_DIR = "/srv/dutyboard/incoming"


def _connect(host: str, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(key_path)
    client.connect(hostname=host, username=username, pkey=pkey, timeout=20, allow_agent=False)
    return client


def push_boards(depots: dict[str, str], board_dir: Path) -> dict[str, int]:
    """Upload every ``*.board`` file to each depot host. Returns files sent per depot."""
    username = os.environ.get("DUTYBOARD_SFTP_USER", "roster")
    key_path = os.environ["DUTYBOARD_SFTP_KEY"]
    files = sorted(board_dir.glob("*.board"))
    sent: dict[str, int] = {}

    for depot, host in depots.items():
        try:
            client = _connect(host, username, key_path)
        except (paramiko.SSHException, OSError) as exc:
            log.error("depot %s (%s) unreachable: %s", depot, host, exc)
            continue
        try:
            sftp = client.open_sftp()
            for path in files:
                sftp.put(str(path), f"{REMOTE_DIR}/{path.name}")
            sent[depot] = len(files)
            log.info("depot %s: %d board files sent", depot, len(files))
        finally:
            client.close()
    return sent
