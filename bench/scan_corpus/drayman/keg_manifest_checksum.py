"""Duplicate detection for keg manifests uploaded by contract hauliers.

Hauliers push the same CSV manifest more than once when their upload client
retries. We fingerprint each file by content so repeated uploads attach to the
existing import instead of creating phantom keg movements.
"""
import csv
import hashlib
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from drayman.models import ManifestImport, KegMovement
from drayman.settings import settings

CHUNK_SIZE = 64 * 1024


def manifest_fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def find_existing_import(db: Session, fingerprint: str) -> ManifestImport | None:
    stmt = select(ManifestImport).where(ManifestImport.sha256 == fingerprint)
    return db.scalars(stmt).first()


def import_manifest(db: Session, path: Path, haulier_id: int) -> ManifestImport:
    fingerprint = manifest_fingerprint(path)
    existing = find_existing_import(db, fingerprint)
    if existing is not None:
        existing.duplicate_count += 1
        db.commit()
        return existing

    record = ManifestImport(haulier_id=haulier_id, sha256=fingerprint, filename=path.name)
    db.add(record)
    db.flush()

    text = path.read_text(encoding=settings.MANIFEST_ENCODING)
    for row in csv.DictReader(io.StringIO(text)):
        db.add(
            KegMovement(
                manifest_id=record.id,
                keg_serial=row["keg_serial"].strip().upper(),
                from_site=row["from_site"],
                to_site=row["to_site"],
                moved_at=row["moved_at"],
            )
        )
    db.commit()
    return record
