"""Restores archived canopy photo sets for agronomy review."""
from __future__ import annotations

import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ALLOWED_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".json"})


@dataclass(frozen=True)
class RestoreTarget:
    root: Path

    def for_set(self, photo_set: str) -> Path:
        target = (self.root / photo_set).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise ValueError(f"invalid photo set name {photo_set!r}")
        return target


def _vetted_members(archive: tarfile.TarFile, destination: Path) -> Iterator[tarfile.TarInfo]:
    base = destination.resolve()
    for member in archive.getmembers():
        if not member.isfile():
            continue
        if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
            continue
        if not (base / member.name).resolve().is_relative_to(base):
            raise ValueError(f"archive member escapes destination: {member.name}")
        yield member


class PhotoArchive:
    def __init__(self, archive_path: Path, target: RestoreTarget) -> None:
        self.archive_path = archive_path
        self.target = target

    def restore(self, photo_set: str) -> list[str]:
        destination = self.target.for_set(photo_set)
        destination.mkdir(parents=True, exist_ok=True)
        with tarfile.open(self.archive_path, mode="r:*") as archive:
            members = list(_vetted_members(archive, destination))
            archive.extractall(destination, members=members, filter="data")
        return [member.name for member in members]


def restore_for_review(archive_path: str, photo_set: str, review_root: str) -> list[str]:
    return PhotoArchive(Path(archive_path), RestoreTarget(Path(review_root))).restore(photo_set)
