"""Checksum registry for mine survey plans.

The survey office exports seam plans, ventilation plans and abandonment
drawings as PDF and DXF files. Every file is fingerprinted so duplicate
uploads are detected and the statutory plan archive can be audited.
"""
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import click

CHUNK_SIZE = 1024 * 1024
PLAN_SUFFIXES = {".pdf", ".dxf", ".dwg"}


@dataclass
class PlanFingerprint:
    path: Path
    size: int
    sha256: str


def fingerprint(path: Path) -> PlanFingerprint:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(chunk)
    return PlanFingerprint(path=path, size=path.stat().st_size, sha256=digest.hexdigest())


def iter_plans(root: Path) -> Iterator[Path]:
    for candidate in sorted(root.rglob("*")):
        if candidate.is_file() and candidate.suffix.lower() in PLAN_SUFFIXES:
            yield candidate


def find_duplicates(root: Path) -> dict[str, list[Path]]:
    seen: dict[str, list[Path]] = {}
    for plan in iter_plans(root):
        seen.setdefault(fingerprint(plan).sha256, []).append(plan)
    return {digest: paths for digest, paths in seen.items() if len(paths) > 1}


@click.command()
@click.argument("archive", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--manifest", type=click.Path(dir_okay=False, path_type=Path))
def main(archive: Path, manifest: Path | None) -> None:
    lines = []
    for plan in iter_plans(archive):
        fp = fingerprint(plan)
        lines.append(f"{fp.sha256}  {fp.path.relative_to(archive)}")
    if manifest:
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        click.echo("\n".join(lines))
    for digest, paths in find_duplicates(archive).items():
        click.echo(f"duplicate {digest[:12]}: {', '.join(str(p) for p in paths)}", err=True)


if __name__ == "__main__":
    main()
