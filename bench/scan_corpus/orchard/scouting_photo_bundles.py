"""Unpacks pest-scouting photo bundles uploaded from the field tablets.

Scouts photograph codling moth traps and scab lesions; the tablet uploads a
gzipped tar of JPEGs plus a manifest once it is back on Wi-Fi.
"""
import json
import logging
import os
import tarfile
from pathlib import Path
from uuid import uuid4

from celery import Celery

log = logging.getLogger("scouting.bundles")
celery_app = Celery("scouting", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))

UPLOAD_ROOT = Path(os.environ.get("SCOUTING_UPLOADS", "/srv/orchard/scouting/uploads"))
PHOTO_ROOT = Path(os.environ.get("SCOUTING_PHOTOS", "/srv/orchard/scouting/photos"))
ALLOWED_SUFFIXES = {".jpg", ".jpeg", ".json"}
MAX_MEMBERS = 400


def _wanted(member: tarfile.TarInfo) -> bool:
    return member.isfile() and Path(member.name).suffix.lower() in ALLOWED_SUFFIXES


def unpack_bundle(bundle: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with tarfile.open(bundle, mode="r:gz") as tar:
        members = [m for m in tar.getmembers() if _wanted(m)]
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"bundle has {len(members)} files, limit is {MAX_MEMBERS}")
        for member in members:
            tar.extract(member, path=dest)
            extracted.append(dest / member.name)
    return extracted


def read_manifest(files: list[Path]) -> dict:
    for path in files:
        if path.name == "manifest.json":
            return json.loads(path.read_text())
    raise ValueError("bundle has no manifest.json")


@celery_app.task(bind=True, max_retries=3, default_retry_delay=60)
def process_bundle(self, upload_name: str, scout_id: int) -> dict:
    bundle = UPLOAD_ROOT / Path(upload_name).name
    dest = PHOTO_ROOT / str(scout_id) / uuid4().hex
    try:
        files = unpack_bundle(bundle, dest)
        manifest = read_manifest(files)
    except (tarfile.TarError, ValueError) as exc:
        log.warning("bundle %s rejected: %s", bundle.name, exc)
        return {"ok": False, "error": str(exc)}
    photos = [p for p in files if p.suffix.lower() in {".jpg", ".jpeg"}]
    log.info("scout %s: %d photos for block %s", scout_id, len(photos), manifest.get("block"))
    bundle.unlink(missing_ok=True)
    return {
        "ok": True,
        "block": manifest.get("block"),
        "trap_ids": manifest.get("traps", []),
        "photos": [str(p.relative_to(PHOTO_ROOT)) for p in photos],
    }
