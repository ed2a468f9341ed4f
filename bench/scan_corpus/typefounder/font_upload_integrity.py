"""Check uploaded font binaries against the build manifest a designer submits."""

import hashlib
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from catalog.models import FamilyRelease

ALLOWED_SUFFIXES = {".otf", ".ttf", ".woff2"}


def _sha256_of_upload(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def load_manifest(release: FamilyRelease) -> dict[str, dict]:
    data = json.loads(release.manifest_json)
    return {entry["path"]: entry for entry in data.get("files", [])}


def verify_upload(release: FamilyRelease, upload: UploadedFile) -> str:
    name = Path(upload.name).name
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        raise ValidationError(f"{name}: unsupported font format")
    manifest = load_manifest(release)
    entry = manifest.get(name)
    if entry is None:
        raise ValidationError(f"{name} is not listed in the release manifest")
    if upload.size != entry["size"]:
        raise ValidationError(f"{name}: size does not match manifest")
    digest = _sha256_of_upload(upload)
    if digest != entry["sha256"].lower():
        raise ValidationError(f"{name}: checksum mismatch, please re-export the file")
    return digest


def verify_release_uploads(release: FamilyRelease, uploads: list[UploadedFile]) -> dict[str, str]:
    results = {}
    errors = []
    for upload in uploads:
        try:
            results[upload.name] = verify_upload(release, upload)
        except ValidationError as exc:
            errors.extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    return results
