"""Storage for signed export certificates.

Health certificates and certificates of origin come back from the chamber
of commerce as signed PDFs. Export clerks upload them against a shipment
and buyers fetch them from the portal.
"""
from pathlib import Path
from typing import BinaryIO

CERT_ROOT = Path("/srv/saltpan/certificates").resolve()
ALLOWED_SUFFIXES = {".pdf", ".p7m", ".xml"}


class CertificatePathError(ValueError):
    pass


class CertificateStore:
    def __init__(self, root: Path = CERT_ROOT):
        self.root = root.resolve()

    def _path_for(self, shipment_no: str, name: str) -> Path:
        folder = (self.root / shipment_no).resolve()
        candidate = (folder / name).resolve()
        inside = folder.is_relative_to(self.root) and candidate.is_relative_to(folder)
        if folder == self.root or not inside:
            raise CertificatePathError(f"{name!r} is outside shipment {shipment_no}")
        if candidate.suffix.lower() not in ALLOWED_SUFFIXES:
            raise CertificatePathError(f"unsupported certificate type {candidate.suffix}")
        return candidate

    def save(self, shipment_no: str, name: str, stream: BinaryIO) -> Path:
        path = self._path_for(shipment_no, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            while chunk := stream.read(64 * 1024):
                out.write(chunk)
        return path

    def open(self, shipment_no: str, name: str) -> BinaryIO:
        return self._path_for(shipment_no, name).open("rb")

    def delete(self, shipment_no: str, name: str) -> bool:
        path = self._path_for(shipment_no, name)
        if path.exists():
            path.unlink()
            return True
        return False

    def listing(self, shipment_no: str) -> list:
        folder = self._path_for(shipment_no, "index.pdf").parent
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)
