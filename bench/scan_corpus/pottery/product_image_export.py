"""Export resized product photos for the online shop's static web root.

The export runs as the `shopbuild` user; nginx reads the files through the
`www-data` group.
"""
from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from PIL import Image

EXPORT_ROOT = Path(os.environ.get("SHOP_IMAGE_EXPORT", "/srv/shop/static/products"))
DIR_MODE = stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP
SIZES = {"thumb": 320, "card": 800, "zoom": 1600}


def _prepare(dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    os.chmod(dest, DIR_MODE)


def export_product(sku: str, source: Path, root: Path = EXPORT_ROOT) -> list[Path]:
    if not sku.replace("-", "").isalnum():
        raise ValueError("unexpected SKU format")
    dest = root / sku.lower()
    _prepare(dest)
    written = []
    with Image.open(source) as img:
        img = img.convert("RGB")
        for label, width in SIZES.items():
            copy = img.copy()
            copy.thumbnail((width, width * 2))
            out = dest / f"{label}.webp"
            copy.save(out, "WEBP", quality=82)
            os.chmod(out, FILE_MODE)
            written.append(out)
    return written


def remove_product(sku: str, root: Path = EXPORT_ROOT) -> None:
    target = (root / sku.lower()).resolve()
    if target.parent == root.resolve() and target.is_dir():
        shutil.rmtree(target)


if __name__ == "__main__":
    import sys

    for path in export_product(sys.argv[1], Path(sys.argv[2])):
        print(path)
