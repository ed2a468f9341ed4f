"""Nightly export of signed liability waivers to the insurer's SFTP drop."""
import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("waivers.export")


@dataclass(frozen=True)
class InsurerDrop:
    host: str
    port: int
    username: str
    key_path: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "InsurerDrop":
        return cls(
            host=os.environ["INSURER_SFTP_HOST"],
            port=int(os.environ.get("INSURER_SFTP_PORT", "22")),
            username=os.environ["INSURER_SFTP_USER"],
            key_path=os.environ["INSURER_SFTP_KEY"],
            remote_dir=os.environ.get("INSURER_SFTP_DIR", "/incoming/waivers"),
        )


def _open_client(drop: InsurerDrop) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(drop.key_path)
    client.connect(drop.host, port=drop.port, username=drop.username, pkey=pkey,
                   look_for_keys=False, allow_agent=False, timeout=30)
    return client


def export_day(drop: InsurerDrop, waiver_dir: Path, day: date) -> int:
    pdfs = sorted(waiver_dir.glob(f"{day:%Y%m%d}_*.pdf"))
    if not pdfs:
        log.info("no waivers to export for %s", day)
        return 0
    client = _open_client(drop)
    try:
        sftp = client.open_sftp()
        target = f"{drop.remote_dir}/{day:%Y-%m-%d}"
        try:
            sftp.mkdir(target)
        except IOError:
            pass
        for pdf in pdfs:
            sftp.put(str(pdf), f"{target}/{pdf.name}")
        sftp.close()
    finally:
        client.close()
    log.info("exported %d waivers for %s", len(pdfs), day)
    return len(pdfs)


if __name__ == "__main__":
    from datetime import timedelta

    yesterday = date.today() - timedelta(days=1)
    export_day(InsurerDrop.from_env(), Path("/srv/waivers/signed"), yesterday)
