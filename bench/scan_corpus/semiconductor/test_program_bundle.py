"""Staging of test program bundles uploaded by product engineers.

A bundle is a gzipped tarball with a ``manifest.json`` at the top level plus
the pattern files, limits tables and the flow file. Bundles are unpacked into
a staging directory, validated, and then queued for signing.
"""
import json
import shutil
import tarfile
import uuid
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError

REQUIRED_KEYS = {"product", "platform", "revision", "flow"}


def _staging_dir() -> Path:
    path = Path(settings.TP_STAGING_ROOT) / uuid.uuid4().hex
    path.mkdir(parents=True)
    return path


def unpack_bundle(uploaded_file) -> tuple[Path, dict]:
    """Unpack a Django ``UploadedFile`` and return (staging dir, manifest)."""
    staging = _staging_dir()
    try:
        with tarfile.open(fileobj=uploaded_file, mode="r:gz") as bundle:
            bundle.extractall(path=staging)
        manifest = json.loads((staging / "manifest.json").read_text())
    except (tarfile.TarError, FileNotFoundError, json.JSONDecodeError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ValidationError(f"invalid test program bundle: {exc}") from exc

    missing = REQUIRED_KEYS - manifest.keys()
    if missing:
        shutil.rmtree(staging, ignore_errors=True)
        raise ValidationError(f"manifest is missing {sorted(missing)}")
    if not (staging / manifest["flow"]).is_file():
        shutil.rmtree(staging, ignore_errors=True)
        raise ValidationError("flow file named in manifest is not in the bundle")
    return staging, manifest
