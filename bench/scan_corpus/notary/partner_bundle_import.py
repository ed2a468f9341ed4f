"""Imports signing bundles uploaded by title-company partners.

A bundle is a .tar.gz with a manifest.json and the PDFs to be notarized.
"""
import json
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

MAX_BUNDLE_BYTES = 200 * 1024 * 1024
ALLOWED_SUFFIXES = {".pdf", ".json", ".xml"}


class BundleError(ValueError):
    pass


def _unpack(archive_path: Path, workdir: Path) -> list[Path]:
    extracted = []
    with tarfile.open(archive_path, mode="r:gz") as tf:
        for member in tf.getmembers():
            if not member.isfile():
                continue
            if Path(member.name).suffix.lower() not in ALLOWED_SUFFIXES:
                log.warning("skipping %s in bundle", member.name)
                continue
            tf.extract(member, path=workdir)
            extracted.append(workdir / member.name)
    return extracted


def import_bundle(upload, order_service) -> str:
    if upload.size > MAX_BUNDLE_BYTES:
        raise BundleError("bundle too large")
    workdir = Path(tempfile.mkdtemp(prefix="bundle-"))
    try:
        archive = workdir / "upload.tar.gz"
        with archive.open("wb") as fh:
            shutil.copyfileobj(upload.stream, fh)
        files = _unpack(archive, workdir / "contents")
        manifest_path = next((f for f in files if f.name == "manifest.json"), None)
        if manifest_path is None:
            raise BundleError("manifest.json missing")
        manifest = json.loads(manifest_path.read_text())
        pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
        return order_service.create_order(manifest, pdfs)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
