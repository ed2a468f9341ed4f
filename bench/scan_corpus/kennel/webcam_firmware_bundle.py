"""Unpacks camera firmware bundles uploaded by the IT contractor before rollout."""
import hashlib
import json
import zipfile
from pathlib import Path

import click

BUNDLE_DIR = Path("/opt/kennel/camera-firmware")
MAX_UNPACKED = 256 * 1024 * 1024


class BundleError(Exception):
    pass


def _member_destination(root: Path, member: zipfile.ZipInfo) -> Path:
    destination = (root / member.filename).resolve()
    if not destination.is_relative_to(root.resolve()):
        raise BundleError(f"member escapes bundle directory: {member.filename}")
    return destination


def extract_bundle(zip_path: Path, version: str) -> Path:
    root = BUNDLE_DIR / version
    root.mkdir(parents=True, exist_ok=False)
    with zipfile.ZipFile(zip_path) as archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > MAX_UNPACKED:
            raise BundleError("bundle is larger than allowed")
        for info in infos:
            destination = _member_destination(root, info)
            if info.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(destination, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
    return root


def verify_manifest(root: Path) -> int:
    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["files"]:
        path = _member_destination(root, zipfile.ZipInfo(entry["path"]))
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != entry["sha256"]:
            raise BundleError(f"checksum mismatch for {entry['path']}")
    return len(manifest["files"])


@click.command()
@click.argument("zip_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--version", required=True)
def main(zip_path: Path, version: str) -> None:
    root = extract_bundle(zip_path, version)
    count = verify_manifest(root)
    click.echo(f"Firmware {version}: {count} files verified in {root}")


if __name__ == "__main__":
    main()
