"""Build the checksum manifest published alongside each font family release."""

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

import click

FONT_SUFFIXES = {".otf", ".ttf", ".woff", ".woff2"}
CHUNK_SIZE = 1 << 16


@dataclass
class ManifestEntry:
    path: str
    size: int
    sha256: str


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return digest.hexdigest()


def collect_entries(release_dir: Path) -> list[ManifestEntry]:
    entries = []
    for path in sorted(release_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in FONT_SUFFIXES:
            entries.append(
                ManifestEntry(
                    path=path.relative_to(release_dir).as_posix(),
                    size=path.stat().st_size,
                    sha256=file_sha256(path),
                )
            )
    return entries


@click.command()
@click.argument("release_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--family", required=True, help="Family slug, e.g. 'halden-grotesk'.")
@click.option("--version", "version", required=True)
def build_manifest(release_dir: Path, family: str, version: str) -> None:
    """Write MANIFEST.json into RELEASE_DIR."""
    entries = collect_entries(release_dir)
    if not entries:
        raise click.ClickException("No font files found in release directory")
    manifest = {
        "family": family,
        "version": version,
        "files": [asdict(e) for e in entries],
    }
    target = release_dir / "MANIFEST.json"
    target.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    click.echo(f"Wrote {len(entries)} entries to {target}")


if __name__ == "__main__":
    build_manifest()
