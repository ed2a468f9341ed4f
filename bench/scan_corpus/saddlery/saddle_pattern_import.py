"""Imports panel and flap pattern bundles shared by partner saddle makers."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

PATTERN_LIBRARY = Path(os.environ.get("PATTERN_LIBRARY", "/srv/saddlery/patterns"))
MAX_MEMBER_BYTES = 20 * 1024 * 1024


def bundle_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def import_bundle(bundle: Path, partner_code: str) -> list[str]:
    """Unpack a partner's pattern zip into the shared library; return member names."""
    if not partner_code.isalnum():
        raise ValueError("partner code must be alphanumeric")
    dest = PATTERN_LIBRARY / partner_code
    dest.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                log.warning("skipping oversized member %s", info.filename)
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(info.filename)
    log.info(
        "imported %d patterns for %s (bundle sha256 %s)",
        len(written),
        partner_code,
        bundle_digest(bundle),
    )
    return written
