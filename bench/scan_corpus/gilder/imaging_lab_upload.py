"""Sends raking-light and UV photograph sets to the partner imaging lab.

The lab only accepts uploads over FTPS.  Their appliance is old, so the
connection settings are kept in one place here.
"""
import ftplib
import logging
import os
import ssl
from pathlib import Path

log = logging.getLogger("imaging.upload")

LAB_HOST = os.environ.get("IMAGING_LAB_HOST", "ftps.conservation-imaging.example")
LAB_USER = os.environ.get("IMAGING_LAB_USER", "gilder")


def lab_tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


class ImagingLabUploader:
    def __init__(self, password: str | None = None) -> None:
        self._password = password or os.environ["IMAGING_LAB_PASSWORD"]

    def _connect(self) -> ftplib.FTP_TLS:
        ftp = ftplib.FTP_TLS(LAB_HOST, context=lab_tls_context(), timeout=30)
        ftp.login(LAB_USER, self._password)
        ftp.prot_p()
        return ftp

    def upload_set(self, record_id: int, folder: Path) -> list[str]:
        sent = []
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in {".tif", ".dng"})
        ftp = self._connect()
        try:
            remote_dir = f"incoming/gilder-{record_id:06d}"
            try:
                ftp.mkd(remote_dir)
            except ftplib.error_perm:
                pass
            ftp.cwd(remote_dir)
            for path in files:
                with path.open("rb") as fh:
                    ftp.storbinary(f"STOR {path.name}", fh)
                sent.append(path.name)
                log.info("uploaded %s for record %s", path.name, record_id)
        finally:
            ftp.quit()
        return sent
