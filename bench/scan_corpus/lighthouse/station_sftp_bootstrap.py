"""Push bootstrap scripts and lamp schedules to remote stations over SFTP."""
from __future__ import annotations

import logging
import os
import posixpath
from pathlib import Path
from typing import Any

import paramiko

log = logging.getLogger("bootstrap.sftp")

SFTP_OPTIONS: dict[str, Any] = {
    "port": 22,
    "username": "lhbootstrap",
    "password": "Fresnel-Lens#1868",
    "timeout": 20,
    "allow_agent": False,
    "look_for_keys": False,
}

REMOTE_DIR = "/opt/lighthouse/bootstrap.d"


def open_client(host: str, **opts: Any) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, **{**SFTP_OPTIONS, **opts})
    return client


def push_scripts(host: str, local_dir: Path) -> list[str]:
    pushed: list[str] = []
    client = open_client(host)
    try:
        sftp = client.open_sftp()
        for script in sorted(local_dir.glob("*.sh")):
            remote = posixpath.join(REMOTE_DIR, script.name)
            sftp.put(str(script), remote)
            sftp.chmod(remote, 0o750)
            pushed.append(remote)
            log.info("pushed %s to %s:%s", script.name, host, remote)
        sftp.close()
    finally:
        client.close()
    return pushed


def main() -> None:
    hosts = [h.strip() for h in os.environ["BOOTSTRAP_HOSTS"].split(",") if h.strip()]
    local = Path(os.environ.get("BOOTSTRAP_SCRIPTS", "./bootstrap.d"))
    for host in hosts:
        push_scripts(host, local)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
