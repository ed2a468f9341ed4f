"""Safety waiver PDF publishing check.

The signed-off safety waiver is published on the public website and
printed at the boathouse. Before the kiosk loads a new copy it checks the
file against the checksum listed in the public release manifest, so an
old or half-downloaded PDF is never shown to customers.
"""

import hashlib
import logging
from pathlib import Path

import requests

log = logging.getLogger(__name__)

MANIFEST_URL = "https://www.example-coracles.co.uk/documents/manifest.json"
LOCAL_COPY = Path("/var/lib/coracle/kiosk/waiver.pdf")


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def published_entry(doc_name: str = "waiver.pdf") -> dict:
    resp = requests.get(MANIFEST_URL, timeout=10)
    resp.raise_for_status()
    return resp.json()["documents"][doc_name]


def refresh_waiver(local: Path = LOCAL_COPY) -> bool:
    entry = published_entry()
    if local.exists() and sha256_of(local) == entry["sha256"]:
        return False
    resp = requests.get(entry["url"], timeout=30)
    resp.raise_for_status()
    staging = local.with_suffix(".pdf.part")
    staging.write_bytes(resp.content)
    if sha256_of(staging) != entry["sha256"]:
        staging.unlink()
        raise RuntimeError(f"Downloaded waiver v{entry['version']} does not match manifest")
    staging.replace(local)
    log.info("Kiosk waiver updated to version %s", entry["version"])
    return True
