"""Nightly pull of door-lock audit trails from each property's lock server.

The lock vendor's server drops a CSV per day into /export/audit; we copy
new files into the data lake landing folder for the security team.
"""
import argparse
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("lock_audit_pull")

REMOTE_DIR = "/export/audit"


def connect(host: str, username: str, key_file: str, port: int = 22) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # lock servers get re-imaged by the vendor, so host keys change without notice
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, port=port, username=username, key_filename=key_file, timeout=20)
    return client.open_sftp()


def pull_new_files(sftp: paramiko.SFTPClient, landing: Path) -> int:
    landing.mkdir(parents=True, exist_ok=True)
    copied = 0
    for name in sorted(sftp.listdir(REMOTE_DIR)):
        if not name.endswith(".csv"):
            continue
        target = landing / Path(name).name
        if target.exists():
            continue
        sftp.get(f"{REMOTE_DIR}/{name}", str(target))
        copied += 1
        log.info("copied %s", name)
    return copied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("property_code")
    parser.add_argument("--host", required=True)
    parser.add_argument("--user", default="auditsync")
    parser.add_argument("--landing", type=Path, default=Path(os.environ.get("AUDIT_LANDING", "/data/landing/locks")))
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO)
    sftp = connect(args.host, args.user, os.environ["LOCK_AUDIT_SSH_KEY"])
    try:
        n = pull_new_files(sftp, args.landing / args.property_code)
    finally:
        sftp.close()
    log.info("%s: %d new audit files", args.property_code, n)


if __name__ == "__main__":
    main()
