"""Filesystem storage for radiographs, one directory per clinic."""
from dataclasses import dataclass
from pathlib import Path


class ArchivePathError(ValueError):
    pass


@dataclass
class XrayArchiveStore:
    root: Path
    allowed_suffixes: tuple[str, ...] = (".dcm", ".png", ".jpg")

    def _clinic_dir(self, clinic_id: int) -> Path:
        return (self.root / str(int(clinic_id))).resolve()

    def resolve(self, clinic_id: int, filename: str) -> Path:
        base = self._clinic_dir(clinic_id)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            raise ArchivePathError("file outside clinic archive")
        if candidate.suffix.lower() not in self.allowed_suffixes:
            raise ArchivePathError("unsupported file type")
        return candidate

    def open_for_download(self, clinic_id: int, filename: str):
        path = self.resolve(clinic_id, filename)
        if not path.is_file():
            raise FileNotFoundError(filename)
        return path.open("rb")

    def save_upload(self, clinic_id: int, filename: str, data: bytes) -> Path:
        path = self.resolve(clinic_id, filename)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path
