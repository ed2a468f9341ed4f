"""Exports the recipe vault to a dated archive folder with a checksum manifest.

Recipes (wax blends, fragrance loads, wick sizes per vessel) are kept as
JSON; the manifest lets the restore job detect truncated or altered files.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

CHUNK = 1024 * 1024


def file_checksum(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def export_vault(vault_dir: Path, archive_root: Path) -> Path:
    target = archive_root / f"recipes-{date.today().isoformat()}"
    target.mkdir(parents=True, exist_ok=False)
    manifest: dict[str, str] = {}
    for recipe in sorted(vault_dir.glob("*.json")):
        shutil.copy2(recipe, target / recipe.name)
        manifest[recipe.name] = file_checksum(target / recipe.name)
    (target / "MANIFEST.json").write_text(json.dumps(manifest, indent=2, sort_keys=True))
    return target


def verify_export(export_dir: Path) -> list[str]:
    """Return the names of recipe files that are missing or do not match."""
    manifest = json.loads((export_dir / "MANIFEST.json").read_text())
    problems = []
    for name, expected in manifest.items():
        path = export_dir / name
        if not path.is_file() or file_checksum(path) != expected:
            problems.append(name)
    return problems


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Export or verify the recipe vault")
    parser.add_argument("vault", type=Path)
    parser.add_argument("archive_root", type=Path)
    parser.add_argument("--verify", type=Path, help="verify an existing export instead")
    args = parser.parse_args()
    if args.verify:
        bad = verify_export(args.verify)
        print("all recipes intact" if not bad else f"damaged: {', '.join(bad)}")
    else:
        print(f"exported to {export_vault(args.vault, args.archive_root)}")
