"""Copy encoder and lock-server event logs to the central log archive.

Runs from cron on the ops box. Host keys for every lock server are pinned in
the ops known_hosts file that is deployed with this job.
"""
import argparse
import os
import stat
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("LOCK_KNOWN_HOSTS", "/etc/hotel-ops/known_hosts"))


def open_sftp(host: str, user: str, key_path: str) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(str(KNOWN_HOSTS))
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(host, username=user, key_filename=key_path, look_for_keys=False, allow_agent=False, timeout=30)
    return ssh, ssh.open_sftp()


def export_logs(sftp: paramiko.SFTPClient, remote_dir: str, archive: Path) -> list[str]:
    archive.mkdir(parents=True, exist_ok=True)
    fetched = []
    for entry in sftp.listdir_attr(remote_dir):
        if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".log"):
            continue
        local = archive / os.path.basename(entry.filename)
        if local.exists() and local.stat().st_size == entry.st_size:
            continue
        sftp.get(f"{remote_dir}/{entry.filename}", str(local))
        fetched.append(entry.filename)
    return fetched


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("--user", default="logship")
    ap.add_argument("--remote-dir", default="/var/log/lockserver")
    ap.add_argument("--archive", type=Path, required=True)
    args = ap.parse_args()

    ssh, sftp = open_sftp(args.host, args.user, os.environ["LOCK_LOG_SSH_KEY"])
    try:
        for name in export_logs(sftp, args.remote_dir, args.archive / args.host):
            print(f"fetched {name}")
    finally:
        sftp.close()
        ssh.close()


if __name__ == "__main__":
    main()
