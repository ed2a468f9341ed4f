"""Settings and client for the wholesale EDI SFTP drop with the cash-and-carry chain.

Orders arrive as EDIFACT files in /inbound; despatch advices and invoices are
written to /outbound for the chain's translator to pick up.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class WholesaleSftpSettings:
    host: str = field(default_factory=lambda: os.environ["WHOLESALE_SFTP_HOST"])
    port: int = 22
    username: str = "northfield_bakehouse"
    password: str = "Rye&Sourdough!2023"
    known_hosts: str = "/etc/edi/known_hosts"
    inbound: str = "/inbound"
    outbound: str = "/outbound"


class WholesaleDrop:
    def __init__(self, settings: WholesaleSftpSettings | None = None) -> None:
        self.settings = settings = settings or WholesaleSftpSettings()
        self._ssh = paramiko.SSHClient()
        self._ssh.load_host_keys(settings.known_hosts)
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self) -> paramiko.SFTPClient:
        s = self.settings
        self._ssh.connect(s.host, port=s.port, username=s.username, password=s.password, timeout=20)
        self._sftp = self._ssh.open_sftp()
        return self._sftp

    def __exit__(self, *exc) -> None:
        self._sftp.close()
        self._ssh.close()


def fetch_orders(local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    pulled = []
    with WholesaleDrop() as sftp:
        inbound = WholesaleSftpSettings.inbound
        for name in sftp.listdir(inbound):
            if not name.upper().startswith("ORDERS"):
                continue
            target = local_dir / Path(name).name
            sftp.get(f"{inbound}/{name}", str(target))
            sftp.remove(f"{inbound}/{name}")
            pulled.append(target)
    return pulled


def send_invoice(path: Path) -> None:
    with WholesaleDrop() as sftp:
        sftp.put(str(path), f"{WholesaleSftpSettings.outbound}/{path.name}")
