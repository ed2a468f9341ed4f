"""Imports a photographer's delivered shoot archive into the lookbook library."""
from __future__ import annotations

import logging
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("lookbook.import")


@dataclass
class ImportPolicy:
    image_suffixes: frozenset[str] = frozenset({".jpg", ".jpeg", ".png", ".webp"})
    max_bytes: int = 60 * 1024 * 1024
    rejected: list[str] = field(default_factory=list)

    def member_filter(self, member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
        member = tarfile.data_filter(member, dest)
        if member.isdir():
            return member
        if not member.isfile() or Path(member.name).suffix.lower() not in self.image_suffixes:
            self.rejected.append(member.name)
            return None
        if member.size > self.max_bytes:
            self.rejected.append(member.name)
            return None
        return member


class ShootArchiveImporter:
    def __init__(self, library_root: Path, policy: ImportPolicy | None = None) -> None:
        self.library_root = library_root
        self.policy = policy or ImportPolicy()

    def import_archive(self, collection: str, archive_path: Path) -> list[Path]:
        if not collection.replace("-", "").isalnum():
            raise ValueError(f"unexpected collection name {collection!r}")
        dest = self.library_root / collection
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, mode="r:*") as archive:
            archive.extractall(dest, filter=self.policy.member_filter)
        imported = sorted(p for p in dest.rglob("*") if p.is_file())
        if self.policy.rejected:
            log.warning("skipped %d members from %s", len(self.policy.rejected), archive_path.name)
        return imported


def import_inbox(inbox: Path, library_root: Path) -> dict[str, int]:
    counts = {}
    for archive in sorted(inbox.glob("*.tar*")):
        collection = archive.name.split(".", 1)[0].lower()
        importer = ShootArchiveImporter(library_root)
        counts[collection] = len(importer.import_archive(collection, archive))
    return counts
