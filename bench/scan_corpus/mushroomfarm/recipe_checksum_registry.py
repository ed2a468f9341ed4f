"""Tracks which substrate recipe sheet version each batch was mixed from."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RecipeFingerprint:
    name: str
    digest: str
    size: int


class RecipeRegistry:
    chunk_size = 64 * 1024
    digest_name = "sha256"

    def __init__(self, recipes_dir: Path, index_file: Path) -> None:
        self.recipes_dir = recipes_dir
        self.index_file = index_file
        self._index: dict[str, str] = (
            json.loads(index_file.read_text()) if index_file.exists() else {}
        )

    def fingerprint(self, path: Path) -> RecipeFingerprint:
        h = hashlib.new(self.digest_name)
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(self.chunk_size), b""):
                h.update(chunk)
        return RecipeFingerprint(name=path.stem, digest=h.hexdigest(), size=path.stat().st_size)

    def changed(self) -> list[RecipeFingerprint]:
        changes = []
        for path in sorted(self.recipes_dir.glob("*.csv")):
            fp = self.fingerprint(path)
            if self._index.get(fp.name) != fp.digest:
                changes.append(fp)
        return changes

    def record(self, fingerprints: list[RecipeFingerprint]) -> None:
        for fp in fingerprints:
            self._index[fp.name] = fp.digest
        self.index_file.write_text(json.dumps(self._index, indent=2, sort_keys=True))

    def stamp_batch(self, batch_code: str, recipe_name: str) -> dict[str, str]:
        return {
            "batch": batch_code,
            "recipe": recipe_name,
            "recipe_digest": self._index[recipe_name],
        }
