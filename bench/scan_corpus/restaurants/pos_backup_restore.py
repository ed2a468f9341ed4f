"""Restores a store's POS configuration backup (tables, printers, modifiers)
from a .tar.gz downloaded from the backup bucket."""
from __future__ import annotations

import argparse
import json
import tarfile
import tempfile
from pathlib import Path

EXPECTED_FILES = {"tables.json", "printers.json", "modifiers.json", "manifest.json"}


def extract_backup(archive: Path, dest: Path) -> Path:
    with tarfile.open(archive, mode="r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    missing = EXPECTED_FILES - {p.name for p in dest.iterdir()}
    if missing:
        raise ValueError(f"backup is missing {sorted(missing)}")
    return dest


def restore(archive: Path, store_api) -> dict:
    with tempfile.TemporaryDirectory(prefix="pos-restore-") as tmp:
        root = extract_backup(archive, Path(tmp))
        manifest = json.loads((root / "manifest.json").read_text())
        for section in ("tables", "printers", "modifiers"):
            payload = json.loads((root / f"{section}.json").read_text())
            store_api.replace_config(manifest["store_id"], section, payload)
        return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description="Restore POS configuration from backup")
    parser.add_argument("archive", type=Path)
    parser.add_argument("--api-url", required=True)
    args = parser.parse_args()

    from pos_admin_client import StoreApi  # internal package

    manifest = restore(args.archive, StoreApi(args.api_url))
    print(f"restored store {manifest['store_id']} from backup taken {manifest['created_at']}")


if __name__ == "__main__":
    main()
