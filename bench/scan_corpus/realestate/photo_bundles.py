"""Import photo bundles delivered by freelance property photographers.

Photographers upload a .tar.gz per shoot through the supplier portal. We
unpack it into the listing's media folder and register each image.
"""
import tarfile
from pathlib import Path

from PIL import Image

from media.models import ListingPhoto

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def unpack_bundle(bundle_path: Path, listing_id: int, media_root: Path) -> Path:
    dest = media_root / "listings" / str(listing_id) / "incoming"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle_path, "r:gz") as tar:
        tar.extractall(dest)
    return dest


def register_photos(folder: Path, listing_id: int) -> int:
    count = 0
    for position, path in enumerate(sorted(folder.rglob("*"))):
        if path.suffix.lower() not in IMAGE_SUFFIXES or not path.is_file():
            continue
        with Image.open(path) as img:
            width, height = img.size
        ListingPhoto.objects.create(
            listing_id=listing_id,
            file=str(path),
            width=width,
            height=height,
            position=position,
        )
        count += 1
    return count


def import_bundle(bundle_path: Path, listing_id: int, media_root: Path) -> int:
    folder = unpack_bundle(bundle_path, listing_id, media_root)
    return register_photos(folder, listing_id)
