#!/usr/bin/env python3
"""Pull the custodian's daily position and cash files over SFTP.

The custodian's host key is pinned in the back-office known_hosts file;
connections to an unknown or changed key are refused.
"""
import argparse
import datetime as dt
import logging
import os
import stat
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("custodian_pull")

KNOWN_HOSTS = os.environ.get("BACKOFFICE_KNOWN_HOSTS", "/etc/backoffice/ssh/known_hosts")
FILE_PATTERNS = ("POS_{d}.csv", "CASH_{d}.csv", "TXN_{d}.csv")


def connect(host: str, port: int, user: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, port=port, username=user, key_filename=key_path,
                   look_for_keys=False, allow_agent=False, timeout=30)
    return client


def pull(sftp: paramiko.SFTPClient, remote_dir: str, local_dir: Path, day: dt.date) -> list[Path]:
    fetched = []
    stamp = day.strftime("%Y%m%d")
    for pattern in FILE_PATTERNS:
        name = pattern.format(d=stamp)
        remote = f"{remote_dir}/{name}"
        try:
            attrs = sftp.stat(remote)
        except FileNotFoundError:
            log.warning("custodian file %s not yet available", name)
            continue
        if not stat.S_ISREG(attrs.st_mode):
            continue
        target = local_dir / name
        sftp.get(remote, str(target))
        fetched.append(target)
        log.info("fetched %s (%d bytes)", name, attrs.st_size)
    return fetched


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=os.environ.get("CUSTODIAN_SFTP_HOST"))
    parser.add_argument("--port", type=int, default=22)
    parser.add_argument("--user", default=os.environ.get("CUSTODIAN_SFTP_USER"))
    parser.add_argument("--key", default="/etc/backoffice/keys/custodian_ed25519")
    parser.add_argument("--remote-dir", default="/outgoing")
    parser.add_argument("--local-dir", type=Path, default=Path("/var/data/custodian/incoming"))
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    if not args.host or not args.user:
        parser.error("custodian host and user are required")
    args.local_dir.mkdir(parents=True, exist_ok=True)
    client = connect(args.host, args.port, args.user, args.key)
    try:
        files = pull(client.open_sftp(), args.remote_dir, args.local_dir, args.date)
    finally:
        client.close()
    return 0 if len(files) == len(FILE_PATTERNS) else 3


if __name__ == "__main__":
    sys.exit(main())
