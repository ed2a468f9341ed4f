"""Unpacks intraoral scan archives (STL/PLY) returned by dental labs."""
import tarfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class UnpackSettings:
    dest_root: Path
    allowed_suffixes: frozenset[str] = field(default_factory=lambda: frozenset({".stl", ".ply", ".obj", ".json"}))
    max_members: int = 500


class LabScanUnpacker:
    def __init__(self, settings: UnpackSettings):
        self.settings = settings

    def unpack(self, archive: Path, case_id: int) -> list[Path]:
        dest = self.settings.dest_root / f"case-{int(case_id)}"
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, mode="r:*") as tar:
            members = [
                m
                for m in tar.getmembers()
                if m.isfile() and Path(m.name).suffix.lower() in self.settings.allowed_suffixes
            ]
            if len(members) > self.settings.max_members:
                raise ValueError("archive has too many files")
            tar.extractall(path=dest, members=members, filter="data")
        return [dest / m.name for m in members]
