"""Custom storefront theme uploads (STORE-140).

Merchants upload a ``.tar.gz`` containing templates and static assets. The
archive is unpacked into the merchant's theme directory after validation.
"""
from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile

MAX_MEMBERS = 2_000
MAX_TOTAL_BYTES = 50 * 1024 * 1024
REQUIRED_FILES = {"theme.json", "templates/base.html"}


class ThemeValidationError(Exception):
    """The uploaded archive is not a usable theme."""


def _check_archive(tar: tarfile.TarFile) -> None:
    members = tar.getmembers()
    if len(members) > MAX_MEMBERS:
        raise ThemeValidationError("Theme has too many files")
    if sum(m.size for m in members if m.isfile()) > MAX_TOTAL_BYTES:
        raise ThemeValidationError("Theme is too large once unpacked")
    names = {m.name.lstrip("./") for m in members}
    missing = REQUIRED_FILES - names
    if missing:
        raise ThemeValidationError(f"Missing required files: {', '.join(sorted(missing))}")


def install_theme(merchant_id: int, upload: UploadedFile) -> Path:
    """Validate ``upload`` and unpack it as the merchant's active theme."""
    theme_root = Path(settings.THEME_ROOT) / str(merchant_id)
    staging = theme_root.with_name(f"{merchant_id}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)

    try:
        with tarfile.open(fileobj=upload, mode="r:gz") as tar:
            _check_archive(tar)
            tar.extractall(path=staging, filter="data")
    except (tarfile.TarError, ThemeValidationError):
        shutil.rmtree(staging, ignore_errors=True)
        raise

    shutil.rmtree(theme_root, ignore_errors=True)
    staging.rename(theme_root)
    return theme_root
