"""Download the supplier's movement and parts catalogue.

The supplier publishes a nightly CSV catalogue alongside a .sha256 file so
mirrors can confirm the download completed intact.
"""
import hashlib
import logging
from pathlib import Path

import httpx

from clockmaker.settings import CATALOGUE_CACHE_DIR, SUPPLIER_FEEDS

log = logging.getLogger(__name__)


class CatalogueDownloadError(Exception):
    pass


def _published_checksum(client: httpx.Client, url: str) -> str:
    resp = client.get(url + ".sha256", timeout=30)
    resp.raise_for_status()
    return resp.text.split()[0].strip().lower()


def _download(client: httpx.Client, url: str, target: Path) -> str:
    digest = hashlib.sha256()
    with client.stream("GET", url, timeout=120) as resp:
        resp.raise_for_status()
        with target.open("wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
                digest.update(chunk)
    return digest.hexdigest()


def refresh_catalogue(supplier_code: str) -> Path:
    feed = SUPPLIER_FEEDS[supplier_code]
    target = Path(CATALOGUE_CACHE_DIR) / f"{supplier_code}.csv"
    partial = target.with_suffix(".part")
    with httpx.Client(follow_redirects=True) as client:
        published = _published_checksum(client, feed["catalogue_url"])
        actual = _download(client, feed["catalogue_url"], partial)
    if actual != published:
        partial.unlink(missing_ok=True)
        raise CatalogueDownloadError(f"{supplier_code} catalogue checksum mismatch")
    partial.replace(target)
    log.info("Catalogue for %s refreshed (%s)", supplier_code, actual[:12])
    return target
