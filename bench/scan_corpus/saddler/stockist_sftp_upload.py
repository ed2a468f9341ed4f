"""Nightly upload of price and availability files to stockists' SFTP.

Some large equestrian retailers pull our trade price list and stock
availability from their own SFTP drop box rather than using the
portal. Connection settings for each retailer live in the config file.
"""
import io
import logging
import os
from dataclasses import dataclass

import paramiko
import yaml

log = logging.getLogger(__name__)


@dataclass
class DropBoxSettings:
    retailer: str
    host: str
    port: int
    username: str
    password: str
    remote_dir: str


def load_settings(path: str) -> list[DropBoxSettings]:
    with open(path, "r", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    result = []
    for entry in raw["retailers"]:
        entry["password"] = os.environ[entry.pop("password_env")]
        result.append(DropBoxSettings(**entry))
    return result


def _connect(cfg: DropBoxSettings) -> paramiko.SFTPClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(cfg.host, port=cfg.port, username=cfg.username, password=cfg.password, timeout=30)
    return client.open_sftp()


def push_files(cfg: DropBoxSettings, files: dict[str, bytes]) -> int:
    log.info("Opening drop box with settings %s", vars(cfg))
    sftp = _connect(cfg)
    try:
        for name, content in files.items():
            sftp.putfo(io.BytesIO(content), f"{cfg.remote_dir.rstrip('/')}/{name}")
            log.info("Uploaded %s (%d bytes) to %s", name, len(content), cfg.retailer)
    finally:
        sftp.close()
    return len(files)


def run(config_path: str, price_csv: bytes, availability_csv: bytes) -> None:
    for cfg in load_settings(config_path):
        try:
            push_files(cfg, {"prices.csv": price_csv, "availability.csv": availability_csv})
        except (paramiko.SSHException, OSError) as exc:
            log.error("Upload to %s failed: %s", cfg.retailer, exc)
