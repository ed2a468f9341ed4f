"""Unpacks font bundles that reseller partners deliver as ZIP archives."""

from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

logger = logging.getLogger(__name__)

FONT_SUFFIXES = {".otf", ".ttf", ".woff", ".woff2"}
DOC_SUFFIXES = {".txt", ".pdf", ".md"}
MAX_TOTAL_BYTES = 500 * 1024 * 1024


class UnsafeArchiveError(ValueError):
    pass


@dataclass
class UnpackedBundle:
    root: Path
    fonts: List[Path] = field(default_factory=list)
    documents: List[Path] = field(default_factory=list)


def _safe_target(root: Path, member_name: str) -> Path:
    target = (root / member_name).resolve()
    if not target.is_relative_to(root):
        raise UnsafeArchiveError(f"member escapes bundle directory: {member_name!r}")
    return target


def unpack_bundle(archive_path: Path, dest_root: Path, bundle_id: int) -> UnpackedBundle:
    root = (dest_root / f"bundle-{int(bundle_id)}").resolve()
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    result = UnpackedBundle(root=root)

    with zipfile.ZipFile(archive_path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise UnsafeArchiveError("bundle is too large once extracted")
        for member in members:
            suffix = Path(member.filename).suffix.lower()
            if suffix not in FONT_SUFFIXES | DOC_SUFFIXES:
                logger.info("bundle %s: skipping %s", bundle_id, member.filename)
                continue
            target = _safe_target(root, member.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, length=1 << 16)
            (result.fonts if suffix in FONT_SUFFIXES else result.documents).append(target)

    logger.info(
        "bundle %s: %d fonts, %d documents", bundle_id, len(result.fonts), len(result.documents)
    )
    return result
