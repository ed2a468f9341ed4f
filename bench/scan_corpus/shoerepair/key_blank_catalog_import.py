"""Imports the key-blank manufacturer's quarterly catalogue archive (profiles, images, cross-refs)."""
from __future__ import annotations

import csv
import tarfile
from dataclasses import dataclass
from pathlib import Path


class ArchivePolicy:
    extraction_filter = "data"
    expected_members = ("crossref.csv", "profiles/", "images/")


@dataclass
class BlankRecord:
    maker_code: str
    silca_ref: str
    profile_svg: str
    image: str


class CatalogueImporter:
    def __init__(self, workdir: Path, policy: type[ArchivePolicy] = ArchivePolicy) -> None:
        self.workdir = workdir
        self.policy = policy

    def unpack(self, archive_path: Path, release: str) -> Path:
        target = self.workdir / release
        target.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive_path, mode="r:gz") as tar:
            tar.extractall(path=target, filter=self.policy.extraction_filter)
        return target

    def _check_layout(self, root: Path) -> None:
        for expected in self.policy.expected_members:
            if not (root / expected.rstrip("/")).exists():
                raise FileNotFoundError(f"catalogue release missing {expected}")

    def records(self, root: Path) -> list[BlankRecord]:
        self._check_layout(root)
        with (root / "crossref.csv").open(newline="", encoding="utf-8") as fh:
            return [
                BlankRecord(
                    maker_code=row["maker_code"],
                    silca_ref=row["silca"],
                    profile_svg=row.get("profile", ""),
                    image=row.get("image", ""),
                )
                for row in csv.DictReader(fh)
            ]


def import_release(archive_path: Path, workdir: Path, release: str) -> int:
    importer = CatalogueImporter(workdir)
    root = importer.unpack(archive_path, release)
    return len(importer.records(root))


if __name__ == "__main__":
    import sys

    print(import_release(Path(sys.argv[1]), Path("/var/lib/shoerepair/keyblanks"), sys.argv[2]))
