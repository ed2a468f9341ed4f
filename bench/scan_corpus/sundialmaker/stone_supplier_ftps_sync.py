"""Fetches cutting drawings and stock sheets from the slate quarry's FTPS server."""

from __future__ import annotations

import logging
import os
import ssl
from dataclasses import dataclass
from ftplib import FTP_TLS
from pathlib import Path

log = logging.getLogger("quarry_sync")


@dataclass(frozen=True)
class QuarryFtpSettings:
    host: str
    user: str
    password: str
    remote_dir: str
    local_dir: Path
    ca_file: str | None = None

    @classmethod
    def from_env(cls) -> "QuarryFtpSettings":
        return cls(
            host=os.environ["QUARRY_FTP_HOST"],
            user=os.environ["QUARRY_FTP_USER"],
            password=os.environ["QUARRY_FTP_PASSWORD"],
            remote_dir=os.environ.get("QUARRY_FTP_DIR", "/outgoing"),
            local_dir=Path(os.environ.get("QUARRY_LOCAL_DIR", "/srv/sundialmaker/quarry")),
            ca_file=os.environ.get("QUARRY_CA_FILE"),
        )


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def sync(settings: QuarryFtpSettings) -> list[Path]:
    settings.local_dir.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    with FTP_TLS(settings.host, context=tls_context(settings.ca_file), timeout=60) as ftp:
        ftp.login(settings.user, settings.password)
        ftp.prot_p()
        ftp.cwd(settings.remote_dir)
        for name in ftp.nlst():
            base = os.path.basename(name)
            if not base.lower().endswith((".pdf", ".dxf", ".csv")):
                continue
            target = settings.local_dir / base
            if target.exists():
                continue
            with open(target, "wb") as fh:
                ftp.retrbinary(f"RETR {name}", fh.write)
            fetched.append(target)
    log.info("fetched %d new files from quarry as %s", len(fetched), settings.user)
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync(QuarryFtpSettings.from_env())
