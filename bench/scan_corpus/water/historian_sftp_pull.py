"""Pull daily historian export files from the plant SFTP drop."""
import os
import re
from pathlib import Path

import paramiko

EXPORT_NAME = re.compile(r"^[A-Za-z0-9_-]+_\d{8}\.csv$")


def connect(host: str, username: str, key_path: str, port: int = 22) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(host, port=port, username=username, key_filename=key_path, timeout=20)
    return client


def pull_exports(client: paramiko.SSHClient, remote_dir: str, local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched = []
    with client.open_sftp() as sftp:
        for name in sftp.listdir(remote_dir):
            if not EXPORT_NAME.match(name):
                continue
            target = local_dir / name
            if target.exists():
                continue
            sftp.get(f"{remote_dir}/{name}", str(target))
            fetched.append(target)
    return fetched


if __name__ == "__main__":
    ssh = connect(
        os.environ["HISTORIAN_SFTP_HOST"],
        os.environ["HISTORIAN_SFTP_USER"],
        os.environ["HISTORIAN_SFTP_KEY"],
    )
    try:
        for path in pull_exports(ssh, "/exports/daily", Path(os.environ["HISTORIAN_LANDING_DIR"])):
            print(path)
    finally:
        ssh.close()
