"""Push monthly fuel-uplift invoices to the finance partner's SFTP inbox."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("fuel.invoices")


@dataclass
class FinanceDrop:
    host: str
    username: str
    key_path: Path
    key_passphrase: str = field(repr=False)
    inbox: str = "/inbox/heliops"
    port: int = 22

    @classmethod
    def from_env(cls) -> "FinanceDrop":
        return cls(
            host=os.environ["FINANCE_SFTP_HOST"],
            username=os.environ["FINANCE_SFTP_USER"],
            key_path=Path(os.environ["FINANCE_SFTP_KEY"]),
            key_passphrase=os.environ["FINANCE_SFTP_KEY_PASSPHRASE"],
        )


def _connect(drop: FinanceDrop) -> paramiko.SSHClient:
    pkey = paramiko.Ed25519Key.from_private_key_file(str(drop.key_path), password=drop.key_passphrase)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to finance drop as %s@%s:%d (key %s)", drop.username, drop.host, drop.port, drop.key_path.name)
    client.connect(drop.host, port=drop.port, username=drop.username, pkey=pkey, allow_agent=False, timeout=20)
    return client


def upload_invoices(invoice_dir: Path, month: str, drop: FinanceDrop | None = None) -> list[str]:
    drop = drop or FinanceDrop.from_env()
    files = sorted(invoice_dir.glob(f"fuel-invoice-{month}-*.pdf"))
    if not files:
        log.info("no invoices for %s", month)
        return []
    client = _connect(drop)
    uploaded: list[str] = []
    try:
        sftp = client.open_sftp()
        for path in files:
            sftp.put(str(path), f"{drop.inbox}/{path.name}")
            uploaded.append(path.name)
        sftp.close()
    finally:
        client.close()
    log.info("uploaded %d invoices for %s: %s", len(uploaded), month, drop)
    return uploaded


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    upload_invoices(Path("/var/lib/heliops/fuel/invoices"), "2024-05")
