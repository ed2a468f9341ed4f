"""Checks firmware images for the weighbridge load-cell indicators.

Before the plant engineer flashes a new firmware release onto the weighbridge
indicator (a trade-approved weighing instrument), the image is checked
against the vendor's published release manifest so a corrupted download is
never installed.
"""

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

import click
import requests

MANIFEST_URL = "https://downloads.scalevendor.example/indicators/releases.json"


@dataclass(frozen=True)
class Release:
    model: str
    version: str
    sha256: str
    size: int


def fetch_manifest(model: str) -> list[Release]:
    resp = requests.get(MANIFEST_URL, params={"model": model}, timeout=20)
    resp.raise_for_status()
    return [Release(model=model, **item) for item in resp.json()["releases"]]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def matches_release(image: Path, release: Release) -> bool:
    if image.stat().st_size != release.size:
        return False
    return file_sha256(image) == release.sha256.lower()


@click.command()
@click.argument("image", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--model", required=True, help="Indicator model, e.g. WI-400")
@click.option("--version", "version", required=True)
def main(image: Path, model: str, version: str) -> None:
    releases = {r.version: r for r in fetch_manifest(model)}
    release = releases.get(version)
    if release is None:
        click.echo(f"Version {version} is not a published release for {model}", err=True)
        sys.exit(2)
    if not matches_release(image, release):
        click.echo("Image does not match the published release; do not flash it.", err=True)
        sys.exit(1)
    click.echo(f"{image.name} matches {model} {version}")


if __name__ == "__main__":
    main()
