"""Upload sailing manifests to the port authority's SFTP drop.

Run from cron about 30 minutes before each departure:

    python -m ops.port_authority_sftp --sailing 2024-06-14-0830-DOV
"""
import argparse
import logging
import os
from pathlib import Path

import paramiko

from ops.config import load_config

log = logging.getLogger("port_authority_sftp")


def _connect(cfg: dict) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(
        cfg["key_file"], password=os.environ.get("PORT_SFTP_KEY_PASSPHRASE")
    )
    client.connect(
        hostname=cfg["host"],
        port=int(cfg.get("port", 22)),
        username=cfg["username"],
        pkey=pkey,
        look_for_keys=False,
        allow_agent=False,
        timeout=20,
    )
    return client.open_sftp()


def upload_manifest(sailing_id: str, export_dir: Path, cfg: dict) -> str:
    local = export_dir / f"{sailing_id}.csv"
    if not local.is_file():
        raise FileNotFoundError(local)
    remote = f"{cfg['remote_dir'].rstrip('/')}/{local.name}"
    sftp = _connect(cfg)
    try:
        sftp.put(str(local), remote + ".part")
        sftp.posix_rename(remote + ".part", remote)
    finally:
        sftp.close()
    log.info("uploaded manifest %s to %s", local.name, remote)
    return remote


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sailing", required=True)
    parser.add_argument("--config", default="/etc/ferry/ops.toml")
    args = parser.parse_args()
    cfg = load_config(args.config)
    upload_manifest(args.sailing, Path(cfg["manifests"]["export_dir"]), cfg["port_authority_sftp"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
