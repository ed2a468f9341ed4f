"""Nightly upload of signed waiver PDFs to the insurer's SFTP archive."""
import json
import logging
import os
from pathlib import Path

import boto3
import paramiko

log = logging.getLogger(__name__)

SFTP = {
    "secret_id": os.environ.get("WAIVER_SFTP_SECRET_ID", "escape/waiver-archive/sftp"),
    "port": 22,
    "remote_dir": "/archive/waivers",
    "password_field": "password",
}


def _credentials() -> dict:
    sm = boto3.client("secretsmanager")
    resp = sm.get_secret_value(SecretId=SFTP["secret_id"])
    return json.loads(resp["SecretString"])


def _client() -> paramiko.SSHClient:
    creds = _credentials()
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        creds["host"],
        port=SFTP["port"],
        username=creds["username"],
        password=creds[SFTP["password_field"]],
        timeout=20,
    )
    return client


def upload_day(folder: Path, site_code: str) -> int:
    pdfs = sorted(folder.glob("*.pdf"))
    with _client() as client:
        sftp = client.open_sftp()
        try:
            for pdf in pdfs:
                sftp.put(str(pdf), f"{SFTP['remote_dir']}/{site_code}/{pdf.name}")
        finally:
            sftp.close()
    log.info("archived %d waivers for %s", len(pdfs), site_code)
    return len(pdfs)
