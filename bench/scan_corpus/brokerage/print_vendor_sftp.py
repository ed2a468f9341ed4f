"""Pulls rendered 1099 and 1099-B PDFs back from the print vendor's SFTP server."""
import os
import stat
from pathlib import Path

import paramiko

KNOWN_HOSTS = os.environ.get("PRINT_VENDOR_KNOWN_HOSTS", "/etc/brokerage/ssh/known_hosts")


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=os.environ["PRINT_VENDOR_SFTP_HOST"],
        port=int(os.environ.get("PRINT_VENDOR_SFTP_PORT", "22")),
        username=os.environ["PRINT_VENDOR_SFTP_USER"],
        pkey=paramiko.Ed25519Key.from_private_key_file(os.environ["PRINT_VENDOR_SFTP_KEY"]),
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def fetch_rendered(tax_year: int, local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched = []
    with _client() as ssh, ssh.open_sftp() as sftp:
        remote_dir = f"/outbound/{tax_year}"
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".pdf"):
                continue
            name = os.path.basename(entry.filename)
            if name in {"", ".", ".."}:
                continue
            target = local_dir / name
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            fetched.append(target)
    return fetched
