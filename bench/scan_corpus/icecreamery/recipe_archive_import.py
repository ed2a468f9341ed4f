"""Imports recipe archives shared between dairy kitchens."""
from __future__ import annotations

import json
import logging
import tarfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("kitchen.recipes")


@dataclass
class ImportResult:
    recipes: int
    images: int
    skipped: list[str]


class RecipeArchiveImporter:
    allowed_suffixes = (".json", ".png", ".jpg")
    max_member_bytes = 20 * 1024 * 1024

    def __init__(self, dest_root: Path) -> None:
        self.dest_root = dest_root

    def _member_filter(self, member: tarfile.TarInfo, dest: str) -> tarfile.TarInfo | None:
        member = tarfile.data_filter(member, dest)
        if not member.name.endswith(self.allowed_suffixes) and not member.isdir():
            return None
        if member.size > self.max_member_bytes:
            return None
        return member

    def import_archive(self, archive: Path, kitchen_id: str) -> ImportResult:
        dest = self.dest_root / kitchen_id
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:*") as tf:
            names = tf.getnames()
            tf.extractall(dest, filter=self._member_filter)
        extracted = {p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()}
        skipped = [n for n in names if n not in extracted and not n.endswith("/")]
        recipes = sum(1 for n in extracted if n.endswith(".json"))
        for name in sorted(n for n in extracted if n.endswith(".json")):
            json.loads((dest / name).read_text())
        log.info("imported %d recipes from %s", recipes, archive.name)
        return ImportResult(recipes, len(extracted) - recipes, skipped)
