"""Nightly job: pull ride controller event logs off the PLC gateways.

Each coaster and flat ride has a Linux gateway box in its control room that
buffers PLC events. We SFTP the rotated files into the data lake staging area.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko
import yaml

log = logging.getLogger("ride_log_collector")

REMOTE_DIR = "/var/log/plc/rotated"
STAGING = Path(os.environ.get("RIDE_LOG_STAGING", "/data/staging/ride_logs"))


@dataclass
class Gateway:
    ride_code: str
    host: str
    port: int = 22


def load_gateways(path: str) -> list[Gateway]:
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return [Gateway(**entry) for entry in raw["gateways"]]


def _connect(gw: Gateway) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        gw.host,
        port=gw.port,
        username=os.environ["RIDE_GATEWAY_USER"],
        key_filename=os.environ["RIDE_GATEWAY_KEY"],
        timeout=15,
    )
    return client


def collect(gw: Gateway) -> int:
    target = STAGING / gw.ride_code
    target.mkdir(parents=True, exist_ok=True)
    client = _connect(gw)
    copied = 0
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(REMOTE_DIR):
            if not name.endswith(".log.gz"):
                continue
            local = target / Path(name).name
            if local.exists():
                continue
            sftp.get(f"{REMOTE_DIR}/{name}", str(local))
            copied += 1
    finally:
        client.close()
    log.info("%s: copied %d files", gw.ride_code, copied)
    return copied


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for gateway in load_gateways(os.environ.get("RIDE_GATEWAYS", "gateways.yaml")):
        collect(gateway)
