"""Stores scanned bills of lading uploaded by shippers, keyed by server-side ids."""
from __future__ import annotations

import mimetypes
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.core.files.uploadedfile import UploadedFile
from django.db import models


class StoredBill(models.Model):
    storage_key = models.CharField(max_length=64, unique=True)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100)
    bill_number = models.CharField(max_length=40, db_index=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)


@dataclass
class BillStorage:
    root: Path = Path(os.environ.get("BOL_STORAGE_ROOT", "/var/lib/customs/bol"))
    allowed_extensions: tuple[str, ...] = (".pdf", ".tif", ".tiff", ".png", ".jpg")

    def _extension(self, upload: UploadedFile) -> str:
        ext = Path(upload.name or "").suffix.lower()
        if ext not in self.allowed_extensions:
            raise ValueError(f"unsupported file type {ext or '(none)'}")
        return ext

    def save(self, upload: UploadedFile, bill_number: str) -> StoredBill:
        ext = self._extension(upload)
        key = uuid.uuid4().hex
        target = self.root / key[:2] / f"{key}{ext}"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as fh:
            for chunk in upload.chunks():
                fh.write(chunk)
        return StoredBill.objects.create(
            storage_key=f"{key}{ext}",
            original_name=(upload.name or "")[:255],
            content_type=mimetypes.guess_type(target.name)[0] or "application/octet-stream",
            bill_number=bill_number,
        )

    def open(self, record: StoredBill):
        key = record.storage_key
        return (self.root / key[:2] / key).open("rb")
