"""Celery task that hands rendered paper statements to the print-and-mail vendor.

The vendor picks up PDFs from their SFTP inbox twice a day. Credentials
are an SSH key stored on the worker host.
"""
import logging
import os
from pathlib import Path

import paramiko
from celery import Celery

app = Celery("print_vendor", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)

SFTP_HOST = os.environ["PRINT_VENDOR_SFTP_HOST"]
SFTP_PORT = int(os.environ.get("PRINT_VENDOR_SFTP_PORT", "22"))
SFTP_USER = os.environ["PRINT_VENDOR_SFTP_USER"]
SFTP_KEY_PATH = os.environ.get("PRINT_VENDOR_KEY", "/etc/backoffice/keys/print_vendor_ed25519")
REMOTE_INBOX = "/inbox/statements"
OUTBOX = Path(os.environ.get("STATEMENT_OUTBOX", "/var/spool/statements/paper"))


def _connect() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        SFTP_HOST,
        port=SFTP_PORT,
        username=SFTP_USER,
        key_filename=SFTP_KEY_PATH,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


@app.task(bind=True, max_retries=3, default_retry_delay=300)
def upload_paper_statements(self, batch_id: str) -> int:
    batch_dir = OUTBOX / batch_id
    pdfs = sorted(batch_dir.glob("*.pdf"))
    if not pdfs:
        log.info("batch %s has no paper statements", batch_id)
        return 0
    try:
        client = _connect()
    except (paramiko.SSHException, OSError) as exc:
        raise self.retry(exc=exc)
    try:
        sftp = client.open_sftp()
        remote_dir = f"{REMOTE_INBOX}/{batch_id}"
        try:
            sftp.mkdir(remote_dir)
        except OSError:
            pass  # already exists from a previous attempt
        for pdf in pdfs:
            sftp.put(str(pdf), f"{remote_dir}/{pdf.name}", confirm=True)
        sftp.put(str(batch_dir / "manifest.csv"), f"{remote_dir}/manifest.csv")
    finally:
        client.close()
    log.info("uploaded %d statements for batch %s", len(pdfs), batch_id)
    return len(pdfs)
