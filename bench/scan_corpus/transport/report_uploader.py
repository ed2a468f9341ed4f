"""Upload finished PDF reports to the internal document archive."""
import hashlib
import os
from pathlib import Path

import requests

ARCHIVE_URL = os.environ["DOC_ARCHIVE_URL"]
ARCHIVE_TOKEN = os.environ["DOC_ARCHIVE_TOKEN"]
# the archive uses a certificate from the company's private CA
CA_BUNDLE = os.environ.get("INTERNAL_CA_BUNDLE", "/etc/ssl/certs/internal-ca.pem")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def upload_report(path: Path, category: str) -> str:
    with path.open("rb") as fh:
        resp = requests.post(
            f"{ARCHIVE_URL}/documents",
            headers={"Authorization": f"Bearer {ARCHIVE_TOKEN}"},
            data={"category": category, "sha256": _sha256(path)},
            files={"file": (path.name, fh, "application/pdf")},
            timeout=120,
            verify=CA_BUNDLE,
        )
    resp.raise_for_status()
    return resp.json()["document_id"]
