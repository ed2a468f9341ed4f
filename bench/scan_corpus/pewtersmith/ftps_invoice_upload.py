"""Nightly upload of sales invoices to the accountant's FTPS drop box."""
import ftplib
import os
import ssl
from datetime import date, timedelta
from pathlib import Path

INVOICE_DIR = Path(os.environ.get("INVOICE_EXPORT_DIR", "/srv/pewter/exports/invoices"))
FTPS_HOST = os.environ.get("ACCOUNTANT_FTPS_HOST", "drop.ledgerwise-accounts.co.uk")
REMOTE_DIR = "/incoming/pewtersmith"


def tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def invoices_for(day: date) -> list[Path]:
    return sorted(INVOICE_DIR.glob(f"INV-{day:%Y%m%d}-*.pdf"))


def upload(files: list[Path]) -> int:
    if not files:
        return 0
    sent = 0
    with ftplib.FTP_TLS(FTPS_HOST, context=tls_context(), timeout=60) as ftps:
        ftps.login(os.environ["ACCOUNTANT_FTPS_USER"], os.environ["ACCOUNTANT_FTPS_PASSWORD"])
        ftps.prot_p()
        ftps.cwd(REMOTE_DIR)
        existing = set(ftps.nlst())
        for path in files:
            if path.name in existing:
                continue
            with path.open("rb") as fh:
                ftps.storbinary(f"STOR {path.name}", fh)
            sent += 1
    return sent


def main() -> None:
    yesterday = date.today() - timedelta(days=1)
    count = upload(invoices_for(yesterday))
    print(f"uploaded {count} invoice(s) for {yesterday:%d %b %Y}")


if __name__ == "__main__":
    main()
