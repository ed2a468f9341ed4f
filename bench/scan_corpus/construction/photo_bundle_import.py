"""Unpack progress-photo bundles uploaded from the site camera app.

The app uploads a .tar.gz per day containing JPEGs and a manifest.json
with GPS position and the drawing zone each photo was taken in.
"""
import json
import tarfile
import uuid
from pathlib import Path

PHOTO_ROOT = Path("/var/lib/sitehub/photos")
MAX_MEMBERS = 2000


class BundleError(ValueError):
    pass


def unpack_bundle(bundle_path: Path, site_code: str) -> tuple[Path, list[dict]]:
    dest = PHOTO_ROOT / site_code / uuid.uuid4().hex
    dest.mkdir(parents=True)
    with tarfile.open(bundle_path, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise BundleError("too many files in bundle")
        tar.extractall(dest, filter="data")

    manifest_path = dest / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError("bundle has no manifest.json")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))

    photos = []
    for entry in manifest.get("photos", []):
        photo = dest / Path(entry["file"]).name
        if not photo.is_file():
            continue
        photos.append({
            "path": photo,
            "taken_at": entry.get("takenAt"),
            "lat": entry.get("lat"),
            "lon": entry.get("lon"),
            "zone": entry.get("zone"),
        })
    return dest, photos
