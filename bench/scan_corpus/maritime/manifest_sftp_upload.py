"""Upload cargo manifests to the port community system's SFTP drop.

Usage: manifest_sftp_upload.py --host pcs.example --user LINE01 --key ~/.ssh/pcs_ed25519 FILE...
"""
import argparse
import logging
import posixpath
import sys
from pathlib import Path

import paramiko

log = logging.getLogger("manifest_upload")


def upload(host: str, port: int, username: str, key_path: str, files: list[Path], remote_dir: str) -> int:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=port, username=username, key_filename=key_path, timeout=20)
    sent = 0
    try:
        sftp = client.open_sftp()
        for path in files:
            remote = posixpath.join(remote_dir, path.name)
            sftp.put(str(path), remote + ".part")
            sftp.rename(remote + ".part", remote)
            log.info("uploaded %s -> %s", path, remote)
            sent += 1
    finally:
        client.close()
    return sent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=22)
    parser.add_argument("--user", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--remote-dir", default="/inbound/manifests")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    count = upload(args.host, args.port, args.user, args.key, args.files, args.remote_dir)
    print(f"{count} manifest(s) uploaded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
