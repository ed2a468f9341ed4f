"""Import imaging cart bundles delivered by the jingle agency.

The agency uploads ``.tar.gz`` bundles (audio + cart metadata JSON) to the
imaging inbox. This command unpacks a bundle into the cart library staging area
and registers every cart it finds.
"""
import argparse
import json
import logging
import sys
import tarfile
from pathlib import Path

log = logging.getLogger("cart_import")

STAGING = Path("/srv/carts/staging")
AUDIO_EXTS = {".wav", ".mp2", ".mp3", ".flac"}


def unpack_bundle(bundle: Path, dest: Path) -> Path:
    target = dest / bundle.name.split(".")[0]
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, "r:*") as tar:
        tar.extractall(target)
    return target


def load_carts(folder: Path) -> list[dict]:
    carts = []
    for meta in sorted(folder.rglob("*.cart.json")):
        info = json.loads(meta.read_text(encoding="utf-8"))
        audio = meta.with_name(info["audio_file"]).resolve()
        if audio.suffix.lower() not in AUDIO_EXTS or not audio.is_relative_to(folder.resolve()):
            log.warning("skipping %s: bad audio reference", meta.name)
            continue
        carts.append({
            "cart_number": info["cart"],
            "title": info.get("title", audio.stem),
            "category": info.get("category", "IMAGING"),
            "intro_ms": int(info.get("intro_ms", 0)),
            "audio": str(audio),
        })
    return carts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--staging", type=Path, default=STAGING)
    parser.add_argument("--manifest", type=Path, help="write registered carts as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    folder = unpack_bundle(args.bundle, args.staging)
    carts = load_carts(folder)
    log.info("bundle %s: %d carts", args.bundle.name, len(carts))
    if args.manifest:
        args.manifest.write_text(json.dumps(carts, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
