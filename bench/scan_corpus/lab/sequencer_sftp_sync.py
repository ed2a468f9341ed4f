"""Pull completed run folders from the sequencer's onboard PC over SFTP."""
import argparse
import os
import stat
from pathlib import Path

import paramiko


def connect(host: str, username: str) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        host,
        username=username,
        key_filename=os.environ.get("SEQ_SSH_KEY", str(Path.home() / ".ssh" / "id_ed25519")),
        timeout=20,
    )
    return client.open_sftp()


def mirror(sftp: paramiko.SFTPClient, remote_dir: str, local_dir: Path) -> int:
    local_dir.mkdir(parents=True, exist_ok=True)
    copied = 0
    for entry in sftp.listdir_attr(remote_dir):
        remote_path = f"{remote_dir}/{entry.filename}"
        local_path = local_dir / entry.filename
        if stat.S_ISDIR(entry.st_mode):
            copied += mirror(sftp, remote_path, local_path)
        elif not local_path.exists() or local_path.stat().st_size != entry.st_size:
            sftp.get(remote_path, str(local_path))
            copied += 1
    return copied


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("host")
    ap.add_argument("run_folder")
    ap.add_argument("--user", default="sbsuser")
    ap.add_argument("--dest", type=Path, default=Path("/data/incoming"))
    args = ap.parse_args()

    sftp = connect(args.host, args.user)
    try:
        n = mirror(sftp, f"/data/runs/{args.run_folder}", args.dest / args.run_folder)
        print(f"copied {n} files")
    finally:
        sftp.close()


if __name__ == "__main__":
    main()
