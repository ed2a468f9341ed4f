"""Collects daily dispatch manifests from stave mills over SFTP.

Each partner stave mill drops a CSV manifest of the stave lots loaded onto
the lorry. The yard office pulls them every morning so the seasoning yard
knows what is arriving.
"""
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass
class MillEndpoint:
    name: str
    host: str
    username: str
    remote_dir: str = "/outbound/manifests"
    port: int = 22


MILLS = [
    MillEndpoint("merrain-centre", "sftp.merrain-centre.example", "coop_yard"),
    MillEndpoint("ozark-staves", "files.ozark-staves.example", "cooperage"),
]
KNOWN_HOSTS = Path(os.environ.get("MILL_KNOWN_HOSTS", "/etc/cooperage/mill_known_hosts"))
INBOX = Path(os.environ.get("MANIFEST_INBOX", "/srv/cooperage/manifests"))


def _connect(mill: MillEndpoint) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        mill.host,
        port=mill.port,
        username=mill.username,
        key_filename=os.environ["MILL_SFTP_KEY_PATH"],
        timeout=20,
    )
    return client


def pull_manifests(mill: MillEndpoint) -> list[Path]:
    local_dir = INBOX / mill.name
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched = []
    with _connect(mill) as client, client.open_sftp() as sftp:
        for name in sftp.listdir(mill.remote_dir):
            if not name.endswith(".csv") or "/" in name or name.startswith("."):
                continue
            local = local_dir / name
            if local.exists():
                continue
            sftp.get(f"{mill.remote_dir}/{name}", str(local))
            fetched.append(local)
    return fetched


def pull_all() -> dict[str, int]:
    return {mill.name: len(pull_manifests(mill)) for mill in MILLS}
