"""Push the nightly BLM listings feed to the property portals over SFTP.

Run from cron:  python -m feeds.portal_sftp_upload /var/feeds/out/latest.blm
"""
import argparse
import logging
import os
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("feeds.sftp")


def upload_feed(local_path: Path, host: str, username: str, key_file: str, remote_dir: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(hostname=host, port=22, username=username, key_filename=key_file, timeout=30)
    try:
        sftp = client.open_sftp()
        remote_path = f"{remote_dir.rstrip('/')}/{local_path.name}"
        sftp.put(str(local_path), remote_path + ".part")
        sftp.posix_rename(remote_path + ".part", remote_path)
        log.info("uploaded %s to %s:%s", local_path.name, host, remote_path)
    finally:
        client.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("feed", type=Path)
    parser.add_argument("--remote-dir", default="/incoming")
    args = parser.parse_args(argv)

    if not args.feed.is_file():
        log.error("feed file %s not found", args.feed)
        return 1

    upload_feed(
        args.feed,
        host=os.environ["PORTAL_SFTP_HOST"],
        username=os.environ["PORTAL_SFTP_USER"],
        key_file=os.environ.get("PORTAL_SFTP_KEY", os.path.expanduser("~/.ssh/portal_feed")),
        remote_dir=args.remote_dir,
    )
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
