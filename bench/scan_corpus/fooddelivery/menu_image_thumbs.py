"""CLI: build thumbnail variants for dish photos before they are pushed to object storage."""
import argparse
import os
import sys
import tempfile
from pathlib import Path

from PIL import Image

VARIANTS = {"sm": 160, "md": 480, "lg": 960}


def build_variants(src: Path, out_dir: Path) -> list[Path]:
    written = []
    with Image.open(src) as img:
        img = img.convert("RGB")
        for label, width in VARIANTS.items():
            ratio = width / img.width
            resized = img.resize((width, max(1, int(img.height * ratio))), Image.Resampling.LANCZOS)
            fd, tmp_name = tempfile.mkstemp(suffix=".webp", dir=out_dir)
            with os.fdopen(fd, "wb") as fh:
                resized.save(fh, "WEBP", quality=82)
            final = out_dir / f"{src.stem}-{label}.webp"
            os.replace(tmp_name, final)
            written.append(final)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("images", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("thumbs"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for image in args.images:
        for path in build_variants(image, args.out):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
