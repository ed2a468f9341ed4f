"""Downloads the regulator's weekly holdings extract and checks its checksum.

The regulator publishes each extract next to a .sha256 file on the same
public page; the checksum is only used to catch truncated downloads.
"""
import hashlib
import logging
from pathlib import Path

import httpx

from knacker.config import settings

log = logging.getLogger(__name__)


def _fetch(client: httpx.Client, url: str, dest: Path) -> str:
    digest = hashlib.sha256()
    with client.stream("GET", url) as resp:
        resp.raise_for_status()
        with dest.open("wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
                digest.update(chunk)
    return digest.hexdigest()


def download_extract(week: str, dest_dir: Path) -> Path:
    base = settings.REGULATOR_EXTRACT_URL.rstrip("/")
    name = f"holdings-{week}.csv.gz"
    dest = dest_dir / name
    with httpx.Client(timeout=120) as client:
        published = client.get(f"{base}/{name}.sha256").text.split()[0]
        actual = _fetch(client, f"{base}/{name}", dest)
    if actual != published.lower():
        dest.unlink(missing_ok=True)
        raise ValueError(f"checksum mismatch for week {week}")
    log.info("downloaded holdings extract %s (%s)", week, actual[:12])
    return dest
