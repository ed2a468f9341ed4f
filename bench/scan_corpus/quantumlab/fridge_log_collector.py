#!/usr/bin/env python3
"""Nightly job: pull raw log files from the fridge control PCs over SSH.

Host list comes from the inventory YAML maintained by the facilities team.
"""
import argparse
import os
from pathlib import Path

import paramiko
import yaml


def load_inventory(path: Path) -> list[dict]:
    with path.open() as fh:
        return yaml.safe_load(fh)["fridges"]


def collect(host: str, username: str, key_file: str, remote_dir: str, dest: Path) -> int:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=username, key_filename=key_file, timeout=20)
    copied = 0
    try:
        sftp = client.open_sftp()
        dest.mkdir(parents=True, exist_ok=True)
        for name in sftp.listdir(remote_dir):
            if not name.endswith(".log"):
                continue
            sftp.get(f"{remote_dir}/{name}", str(dest / Path(name).name))
            copied += 1
        sftp.close()
    finally:
        client.close()
    return copied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inventory", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("fridge-logs"))
    args = parser.parse_args()

    key_file = os.environ["FRIDGE_SSH_KEY"]
    for fridge in load_inventory(args.inventory):
        n = collect(fridge["host"], fridge.get("user", "labops"), key_file,
                    fridge.get("log_dir", "/var/log/fridge"), args.out / fridge["name"])
        print(f"{fridge['name']}: {n} files")


if __name__ == "__main__":
    main()
