"""Unpacks the ZIP bundles that test labs send with a full CE technical file for a toy."""

import os
import zipfile
from dataclasses import dataclass, field

from celery import shared_task

from toyshop.config import settings
from toyshop.compliance import attach_documents, fetch_bundle

ALLOWED_SUFFIXES = (".pdf", ".xml", ".jpg", ".png", ".csv")


@dataclass
class UnpackResult:
    destination: str
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def unpack_bundle(archive_path: str, destination: str) -> UnpackResult:
    result = UnpackResult(destination=destination)
    with zipfile.ZipFile(archive_path) as bundle:
        for info in bundle.infolist():
            if info.is_dir() or not info.filename.lower().endswith(ALLOWED_SUFFIXES):
                result.skipped.append(info.filename)
                continue
            target = os.path.join(destination, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with bundle.open(info) as src, open(target, "wb") as dst:
                while chunk := src.read(64 * 1024):
                    dst.write(chunk)
            result.written.append(target)
    return result


@shared_task(bind=True, max_retries=3)
def import_lab_bundle(self, submission_id: int) -> int:
    archive_path = fetch_bundle(submission_id)
    destination = os.path.join(settings.technical_file_root, f"submission-{submission_id}")
    os.makedirs(destination, exist_ok=True)
    result = unpack_bundle(archive_path, destination)
    attach_documents(submission_id, result.written)
    return len(result.written)
