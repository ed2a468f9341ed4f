"""Purchase orders to the bobbin turner over SFTP.

The studio's wooden and bone bobbins come from a small turner whose ordering
system collects CSV purchase orders from an SFTP drop folder every hour.
"""
import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class DropSettings:
    host: str = field(default_factory=lambda: os.environ.get("TURNER_SFTP_HOST", "sftp.bobbinturner.example"))
    port: int = 22
    username: str = field(default_factory=lambda: os.environ.get("TURNER_SFTP_USER", "lacemaker"))
    key_path: Path = Path("/etc/lacemaker/keys/turner_ed25519")
    known_hosts: Path = Path("/etc/lacemaker/ssh/known_hosts")
    inbox: str = "/incoming/orders"


def order_csv(order_ref: str, lines: list[tuple[str, str, int]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["order_ref", "sku", "description", "quantity"])
    for sku, description, qty in lines:
        writer.writerow([order_ref, sku, description, qty])
    return buf.getvalue().encode("utf-8")


def connect(settings: DropSettings) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(settings.known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        settings.host,
        port=settings.port,
        username=settings.username,
        key_filename=str(settings.key_path),
        allow_agent=False,
        look_for_keys=False,
        timeout=20,
    )
    return client


def submit_order(order_ref: str, lines: list[tuple[str, str, int]],
                 settings: DropSettings | None = None) -> str:
    settings = settings or DropSettings()
    remote = f"{settings.inbox}/{date.today():%Y%m%d}-{order_ref}.csv"
    client = connect(settings)
    try:
        with client.open_sftp() as sftp:
            with sftp.open(remote, "wb") as fh:
                fh.write(order_csv(order_ref, lines))
    finally:
        client.close()
    return remote
