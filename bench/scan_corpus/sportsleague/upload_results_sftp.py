#!/usr/bin/env python3
"""Upload the weekend's confirmed match results to the league archive server.

Run from cron on Monday mornings:

    upload_results_sftp.py --host archive.example-league.org --csv results.csv
"""
import argparse
import logging
import os
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("results-upload")


def open_sftp(host: str, port: int, username: str, key_path: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(hostname=host, port=port, username=username, key_filename=key_path, timeout=20)
    return client.open_sftp()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=22)
    parser.add_argument("--user", default=os.environ.get("ARCHIVE_SFTP_USER", "results"))
    parser.add_argument("--key", default=os.path.expanduser("~/.ssh/league_archive_ed25519"))
    parser.add_argument("--remote-dir", default="/srv/archive/results")
    parser.add_argument("--csv", required=True, type=Path)
    args = parser.parse_args(argv)

    if not args.csv.is_file():
        log.error("results file %s not found", args.csv)
        return 1

    sftp = open_sftp(args.host, args.port, args.user, args.key)
    try:
        remote = f"{args.remote_dir}/{args.csv.name}"
        sftp.put(str(args.csv), remote)
        log.info("uploaded %s to %s:%s", args.csv, args.host, remote)
    finally:
        sftp.close()
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
