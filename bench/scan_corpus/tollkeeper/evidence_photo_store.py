"""Storage of motorist-submitted evidence for penalty appeals.

Motorists can attach photos (receipts, registration papers) to an appeal;
the enforcement team later opens or discards them by name.
"""
import os
import shutil
from typing import BinaryIO

from tollkeeper.config import settings

APPEAL_ROOT = os.path.realpath(settings.APPEAL_EVIDENCE_ROOT)


class EvidenceNameError(ValueError):
    pass


def _contained(appeal_id: int, name: str) -> str:
    folder = os.path.join(APPEAL_ROOT, str(int(appeal_id)))
    full = os.path.realpath(os.path.join(folder, name))
    if os.path.commonpath([full, folder]) != folder or full == folder:
        raise EvidenceNameError(name)
    return full


def save_upload(appeal_id: int, name: str, stream: BinaryIO) -> str:
    target = _contained(appeal_id, name)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as out:
        shutil.copyfileobj(stream, out, length=1 << 16)
    return os.path.basename(target)


def open_evidence(appeal_id: int, name: str) -> BinaryIO:
    return open(_contained(appeal_id, name), "rb")


def discard_evidence(appeal_id: int, name: str) -> bool:
    target = _contained(appeal_id, name)
    if os.path.isfile(target):
        os.remove(target)
        return True
    return False
