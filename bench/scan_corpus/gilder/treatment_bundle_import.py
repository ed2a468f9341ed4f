"""Imports treatment bundles exported from the off-site workshop laptop.

When conservators work on site at a museum (e.g. regilding a large altarpiece
frame in situ) they export the day's notes and photographs as a ZIP bundle,
which is uploaded and unpacked into the record's folder here.
"""
import json
import logging
import os
import shutil
import zipfile

log = logging.getLogger("records.bundles")

RECORDS_ROOT = os.environ.get("GILDER_RECORDS_ROOT", "/srv/gilder/records")
MAX_MEMBERS = 2000


class BundleError(Exception):
    pass


def record_dir(record_id: int) -> str:
    return os.path.join(RECORDS_ROOT, f"record-{record_id:06d}", "onsite")


def read_manifest(zf: zipfile.ZipFile) -> dict:
    try:
        with zf.open("manifest.json") as fh:
            return json.load(fh)
    except KeyError:
        raise BundleError("bundle has no manifest.json")


def unpack_bundle(bundle_path: str, record_id: int) -> list[str]:
    dest = record_dir(record_id)
    os.makedirs(dest, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle_path) as zf:
        manifest = read_manifest(zf)
        if manifest.get("record_id") != record_id:
            raise BundleError("bundle belongs to another record")
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise BundleError("too many files in bundle")
        for member in members:
            target = os.path.join(dest, member.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(member.filename)
    log.info("unpacked %d files for record %s", len(written), record_id)
    return written
