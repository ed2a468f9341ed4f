"""Ingests collection bundles uploaded from the field collection app.

A bundle is a .tar.gz with a collection.json and the photos taken in the field.
"""
import json
import logging
import shutil
import tarfile
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/srv/fieldapp/staging")


class BundleError(Exception):
    pass


def unpack_bundle(upload_path: Path) -> Path:
    workdir = STAGING_ROOT / uuid.uuid4().hex
    workdir.mkdir(parents=True)
    with tarfile.open(upload_path, mode="r:gz") as tar:
        tar.extractall(workdir)
    return workdir


def load_collection(workdir: Path) -> dict:
    meta_path = workdir / "collection.json"
    if not meta_path.is_file():
        raise BundleError("bundle has no collection.json")
    with meta_path.open(encoding="utf-8") as fh:
        return json.load(fh)


def ingest(upload_path: Path, catalogue) -> str:
    workdir = unpack_bundle(upload_path)
    try:
        meta = load_collection(workdir)
        event_id = catalogue.create_collecting_event(meta)
        for photo in sorted(workdir.glob("photos/*.jpg")):
            catalogue.attach_photo(event_id, photo.read_bytes(), photo.name)
        log.info("ingested bundle %s as event %s", upload_path.name, event_id)
        return event_id
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
