"""Content checksums for the CAD template library (lettering, borders and emblem panels)."""

import hashlib
from pathlib import Path

import click

from stonecarver.config import settings
from stonecarver.templates.catalog import TemplateCatalog

CHUNK = 1 << 20
TEMPLATE_SUFFIXES = {".dxf", ".svg", ".ai"}


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def find_duplicates(root: Path) -> dict[str, list[Path]]:
    seen: dict[str, list[Path]] = {}
    for path in sorted(root.rglob("*")):
        if path.suffix.lower() in TEMPLATE_SUFFIXES:
            seen.setdefault(file_digest(path), []).append(path)
    return {k: v for k, v in seen.items() if len(v) > 1}


@click.command("refresh-checksums")
@click.option("--dry-run", is_flag=True)
def refresh_checksums(dry_run: bool) -> None:
    root = Path(settings.TEMPLATE_LIBRARY_ROOT)
    catalog = TemplateCatalog.load()
    changed = 0
    for entry in catalog.entries():
        digest = file_digest(root / entry.relative_path)
        if digest != entry.sha256:
            changed += 1
            click.echo(f"{entry.code}: {entry.sha256[:12]} -> {digest[:12]}")
            if not dry_run:
                catalog.update_checksum(entry.code, digest)
    for digest, paths in find_duplicates(root).items():
        click.echo(f"duplicate {digest[:12]}: {', '.join(p.name for p in paths)}")
    click.echo(f"{changed} template(s) changed")
