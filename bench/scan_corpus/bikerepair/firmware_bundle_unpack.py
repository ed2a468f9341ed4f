"""Unpacks motor-controller firmware bundles uploaded by senior mechanics for bench flashing."""
from __future__ import annotations

import hashlib
import json
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Dict

import click


@dataclass
class BundleManifest:
    vendor: str
    controller_model: str
    version: str
    images: Dict[str, str]

    @classmethod
    def load(cls, path: Path) -> "BundleManifest":
        data = json.loads(path.read_text())
        return cls(data["vendor"], data["controller"], data["version"], data["images"])


class FirmwareLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root

    def staging_dir(self, bundle: Path) -> Path:
        name = bundle.name.split(".tar", 1)[0]
        target = self.root / "staging" / name
        target.mkdir(parents=True, exist_ok=True)
        return target

    def unpack(self, bundle: Path) -> Path:
        target = self.staging_dir(bundle)
        with tarfile.open(bundle, mode="r:*") as archive:
            archive.extractall(path=target)
        return target

    def verify(self, folder: Path) -> BundleManifest:
        manifest = BundleManifest.load(folder / "manifest.json")
        for image, expected in manifest.images.items():
            digest = hashlib.sha256((folder / image).read_bytes()).hexdigest()
            if digest != expected:
                raise click.ClickException(f"checksum mismatch for {image}")
        return manifest


@click.command()
@click.argument("bundle", type=click.Path(exists=True, path_type=Path))
@click.option("--library", default="/srv/bikerepair/firmware", type=click.Path(path_type=Path))
def main(bundle: Path, library: Path) -> None:
    lib = FirmwareLibrary(library)
    folder = lib.unpack(bundle)
    manifest = lib.verify(folder)
    click.echo(f"{manifest.vendor} {manifest.controller_model} {manifest.version} ready in {folder}")


if __name__ == "__main__":
    main()
