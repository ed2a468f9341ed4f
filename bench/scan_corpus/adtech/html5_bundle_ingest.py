"""Unpack advertiser-uploaded HTML5 creative bundles into the staging area.

Bundles are tarballs containing an index.html plus assets. After unpacking,
the creative is queued for the automated scan and human review.
"""
import tarfile
from pathlib import Path
from typing import BinaryIO

from creatives.config import settings
from creatives.review import enqueue_for_review

STAGING_ROOT = Path(settings.html5_staging_dir)
MAX_BUNDLE_BYTES = 10 * 1024 * 1024
ALLOWED_SUFFIXES = {".html", ".js", ".css", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".woff2", ".json"}


class BundleError(Exception):
    pass


def _select_members(tar: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = [
        m for m in tar.getmembers()
        if m.isfile() and Path(m.name).suffix.lower() in ALLOWED_SUFFIXES
    ]
    if not any(Path(m.name).name == "index.html" for m in members):
        raise BundleError("bundle has no index.html")
    if sum(m.size for m in members) > MAX_BUNDLE_BYTES:
        raise BundleError("bundle exceeds size limit")
    return members


def unpack_bundle(upload: BinaryIO, creative_id: str) -> Path:
    dest = STAGING_ROOT / creative_id
    dest.mkdir(parents=True, exist_ok=True)
    try:
        with tarfile.open(fileobj=upload, mode="r:*") as tar:
            members = _select_members(tar)
            tar.extractall(path=dest, members=members)
    except tarfile.TarError as exc:
        raise BundleError(f"unreadable bundle: {exc}") from exc
    return dest


def ingest(upload: BinaryIO, creative_id: str, advertiser_id: str) -> None:
    root = unpack_bundle(upload, creative_id)
    enqueue_for_review(creative_id=creative_id, advertiser_id=advertiser_id, root=str(root))
