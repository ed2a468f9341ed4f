"""Long-term archive of issued payslips.

Payslips must be kept for six years after the tax year ends. Archive keys
are rotated yearly; older keys stay in the key list so old payslips can
still be read, and ``rotate_file`` re-encrypts under the newest key.
"""
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet


def _load_keys() -> MultiFernet:
    keys = [k.strip() for k in os.environ["PAYSLIP_ARCHIVE_KEYS"].split(",") if k.strip()]
    if not keys:
        raise RuntimeError("PAYSLIP_ARCHIVE_KEYS is empty")
    return MultiFernet([Fernet(k) for k in keys])


class PayslipArchive:
    def __init__(self, root: Path, crypto: MultiFernet | None = None):
        self.root = root
        self.crypto = crypto or _load_keys()

    def _path(self, employer_id: int, employee_number: str, period: str) -> Path:
        return self.root / str(employer_id) / employee_number / f"{period}.pdf.enc"

    def store(self, employer_id: int, employee_number: str, period: str, pdf: bytes) -> Path:
        path = self._path(employer_id, employee_number, period)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.crypto.encrypt(pdf))
        return path

    def fetch(self, employer_id: int, employee_number: str, period: str) -> bytes:
        return self.crypto.decrypt(self._path(employer_id, employee_number, period).read_bytes())

    def rotate_file(self, path: Path) -> None:
        path.write_bytes(self.crypto.rotate(path.read_bytes()))
