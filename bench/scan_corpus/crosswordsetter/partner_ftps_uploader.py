"""Upload print files to partners that still take deliveries over FTPS.

A handful of regional papers have no ingest API; their pre-press systems
watch an FTPS drop folder. This uploader puts the edition's PDF and EPS
files there with explicit TLS on both the control and data channels.
"""
from __future__ import annotations

import ftplib
import logging
import ssl
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class FtpsPartner:
    slug: str
    host: str
    port: int
    user: str
    password: str
    remote_dir: str


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class FtpsUploader:
    def __init__(self, partner: FtpsPartner) -> None:
        self.partner = partner
        self._ctx = _tls_context()

    def _connect(self) -> ftplib.FTP_TLS:
        ftp = ftplib.FTP_TLS(context=self._ctx, timeout=60)
        ftp.connect(self.partner.host, self.partner.port)
        ftp.login(self.partner.user, self.partner.password)
        ftp.prot_p()
        ftp.cwd(self.partner.remote_dir)
        return ftp

    def upload_edition(self, files: list[Path]) -> list[str]:
        sent: list[str] = []
        ftp = self._connect()
        try:
            for path in files:
                tmp_name = f".{path.name}.part"
                with path.open("rb") as fh:
                    ftp.storbinary(f"STOR {tmp_name}", fh)
                ftp.rename(tmp_name, path.name)
                sent.append(path.name)
        finally:
            ftp.quit()
        log.info("uploaded %d files to %s", len(sent), self.partner.slug)
        return sent
