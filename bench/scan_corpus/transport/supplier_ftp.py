"""Pick up supplier price lists from their FTPS drop box."""
import ftplib
import os
import ssl
from pathlib import Path, PurePosixPath


def open_ftps() -> ftplib.FTP_TLS:
    ctx = ssl.create_default_context()
    ftp = ftplib.FTP_TLS(context=ctx, timeout=60)
    ftp.connect(os.environ["SUPPLIER_FTP_HOST"], int(os.environ.get("SUPPLIER_FTP_PORT", "21")))
    ftp.login(os.environ["SUPPLIER_FTP_USER"], os.environ["SUPPLIER_FTP_PASSWORD"])
    ftp.prot_p()
    return ftp


def download_new(remote_dir: str, dest: Path, seen: set[str]) -> list[Path]:
    fetched = []
    dest.mkdir(parents=True, exist_ok=True)
    with open_ftps() as ftp:
        ftp.cwd(remote_dir)
        for name in ftp.nlst():
            base = PurePosixPath(name).name
            if not base.endswith(".csv") or base in seen or base.startswith("."):
                continue
            target = dest / base
            with target.open("wb") as fh:
                ftp.retrbinary(f"RETR {base}", fh.write)
            fetched.append(target)
    return fetched
