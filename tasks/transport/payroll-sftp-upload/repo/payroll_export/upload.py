# (c) {{ year }} {{ org_name }}
"""Deliver payment files to the bank's SFTP drop."""

from __future__ import annotations

from pathlib import Path

from payroll_export.settings import SftpSettings


class UploadError(RuntimeError):
    """The file did not reach the bank."""


def upload_payment_file(local_path: Path, settings: SftpSettings) -> str:
    """Upload `local_path` into the drop folder and return its remote path."""
    raise NotImplementedError
