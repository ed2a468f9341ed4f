"""Import drone imagery bundles (NDVI tiles) uploaded by the vineyard survey contractor."""
from __future__ import annotations

import logging
import tarfile
from pathlib import Path

import click

log = logging.getLogger(__name__)


def unpack_survey(bundle: Path, dest_root: Path, block: str) -> list[Path]:
    dest = dest_root / block
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(bundle, mode="r:gz") as tar:
        tar.extractall(path=dest, filter="data")
    tiles = sorted(dest.rglob("*.tif"))
    log.info("block %s: %d tiles unpacked", block, len(tiles))
    return tiles


@click.command()
@click.argument("bundle", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--block", required=True, help="Vineyard block code, e.g. B07")
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path),
              default=Path("/data/vineyard/imagery"), show_default=True)
def main(bundle: Path, block: str, dest: Path) -> None:
    if not block.isalnum():
        raise click.BadParameter("block code must be alphanumeric", param_hint="--block")
    tiles = unpack_survey(bundle, dest, block.upper())
    click.echo(f"{len(tiles)} tiles ready for block {block.upper()}")


if __name__ == "__main__":
    main()
