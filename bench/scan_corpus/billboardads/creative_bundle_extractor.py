"""Unpacks HTML5 creative bundles for dynamic digital screens.

Agencies upload a ZIP holding index.html, scripts and images.  The bundle
is unpacked into the staging area from which the content API serves it.
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass

log = logging.getLogger(__name__)

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 50 * 1024 * 1024
ALLOWED_SUFFIXES = {".html", ".css", ".js", ".json", ".png", ".jpg", ".jpeg", ".svg", ".woff2", ".mp4"}


@dataclass
class ExtractedBundle:
    creative_id: int
    root: str
    files: list[str]
    sha256: str


class BundleError(ValueError):
    pass


def _bundle_digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def extract_bundle(zip_path: str, staging_root: str, creative_id: int) -> ExtractedBundle:
    dest = os.path.join(staging_root, f"creative-{creative_id}")
    os.makedirs(dest, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(zip_path) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleError("too many files in bundle")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise BundleError("bundle too large once unpacked")
        if not any(m.filename.lower().endswith("index.html") for m in members):
            raise BundleError("bundle has no index.html")
        for member in members:
            suffix = os.path.splitext(member.filename)[1].lower()
            if suffix not in ALLOWED_SUFFIXES:
                log.info("skipping %s in creative %s", member.filename, creative_id)
                continue
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(member.filename)
    return ExtractedBundle(
        creative_id=creative_id,
        root=dest,
        files=sorted(written),
        sha256=_bundle_digest(zip_path),
    )
