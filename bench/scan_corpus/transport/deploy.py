"""Minimal rolling deploy over SSH.

Reads the host list from deploy.toml, uploads the release tarball to each host,
switches the `current` symlink and restarts the service one host at a time.
"""
import argparse
import shlex
import sys
import time
import tomllib
from pathlib import Path

import paramiko

RELEASES_DIR = "/srv/app/releases"
SERVICE = "app.service"


def load_config(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def ssh_connect(host: str, user: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(hostname=host, username=user, key_filename=key_file, timeout=15)
    return client


def run(client: paramiko.SSHClient, command: str) -> str:
    _, stdout, stderr = client.exec_command(command)
    code = stdout.channel.recv_exit_status()
    if code != 0:
        raise RuntimeError(f"{command!r} failed ({code}): {stderr.read().decode().strip()}")
    return stdout.read().decode()


def deploy_host(host: str, cfg: dict, tarball: Path, release: str) -> None:
    client = ssh_connect(host, cfg["user"], cfg["key_file"])
    try:
        target = f"{RELEASES_DIR}/{release}"
        run(client, f"mkdir -p {shlex.quote(target)}")
        with client.open_sftp() as sftp:
            sftp.put(str(tarball), f"{target}/release.tar.gz")
        run(client, f"tar -xzf {shlex.quote(target)}/release.tar.gz -C {shlex.quote(target)}")
        run(client, f"ln -sfn {shlex.quote(target)} /srv/app/current")
        run(client, f"sudo systemctl restart {SERVICE}")
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tarball", type=Path)
    parser.add_argument("--config", type=Path, default=Path("deploy.toml"))
    parser.add_argument("--pause", type=float, default=10.0)
    args = parser.parse_args()
    cfg = load_config(args.config)
    release = args.tarball.stem.replace(".tar", "")
    for host in cfg["hosts"]:
        print(f"deploying {release} to {host}")
        deploy_host(host, cfg, args.tarball, release)
        time.sleep(args.pause)
    return 0


if __name__ == "__main__":
    sys.exit(main())
