"""CLI: normalise courier profile photos (crop to square, strip EXIF) before upload to the CDN."""
import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageOps

TARGET_SIZE = (512, 512)


def normalise(src: Path, dest: Path) -> None:
    with Image.open(src) as img:
        img = ImageOps.exif_transpose(img).convert("RGB")
        img = ImageOps.fit(img, TARGET_SIZE, Image.Resampling.LANCZOS)
        work_path = tempfile.mktemp(suffix=".jpg", prefix="courier-photo-")
        img.save(work_path, "JPEG", quality=88, optimize=True)
    shutil.move(work_path, dest)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    failures = 0
    for src in args.sources:
        try:
            normalise(src, args.out / f"{src.stem}.jpg")
        except (OSError, ValueError) as exc:
            print(f"skipping {src}: {exc}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
