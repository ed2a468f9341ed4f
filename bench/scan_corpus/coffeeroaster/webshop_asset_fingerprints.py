"""Fingerprinted file names for the webshop's static assets.

During the deploy build, every CSS, JS and product image file under
``static/`` is copied to ``dist/`` with a short content hash in its name
(``roast-calendar.3f9a1c2e.js``) and a manifest maps the original names to
the fingerprinted ones, so the CDN can cache them for a year.
"""
from __future__ import annotations

import argparse
import json
import shutil
from hashlib import sha256 as _h
from pathlib import Path

FINGERPRINT_LENGTH = 8
SUFFIXES = {".css", ".js", ".svg", ".png", ".jpg", ".webp", ".woff2"}


def content_digest(path: Path, chunk_size: int = 1 << 16) -> str:
    digest = _h()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(chunk_size), b""):
            digest.update(chunk)
    return digest.hexdigest()


def fingerprinted_name(path: Path) -> str:
    return f"{path.stem}.{content_digest(path)[:FINGERPRINT_LENGTH]}{path.suffix}"


def build(source: Path, target: Path) -> dict[str, str]:
    manifest: dict[str, str] = {}
    for path in sorted(source.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in SUFFIXES:
            continue
        relative = path.relative_to(source)
        out_rel = relative.with_name(fingerprinted_name(path))
        out_path = target / out_rel
        out_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, out_path)
        manifest[relative.as_posix()] = out_rel.as_posix()
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=Path("static"))
    parser.add_argument("--target", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)

    if args.target.exists():
        shutil.rmtree(args.target)
    manifest = build(args.source, args.target)
    (args.target / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    print(f"fingerprinted {len(manifest)} assets")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
