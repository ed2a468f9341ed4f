"""Verification of FSC claim packs received from log suppliers.

Suppliers publish a manifest alongside each chain-of-custody pack listing
the files and their SHA-256 checksums. Before importing claims we make
sure the downloaded files match the manifest so a truncated transfer is
not booked as certified input.
"""
import hashlib
import json
from pathlib import Path

import click

from sawyer.coc import import_claim_file
from sawyer.settings import COC_DOWNLOAD_DIR


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 16):
            digest.update(chunk)
    return digest.hexdigest()


def load_manifest(pack_dir: Path) -> dict:
    with (pack_dir / "manifest.json").open() as fh:
        return json.load(fh)


def mismatched_files(pack_dir: Path, manifest: dict) -> list:
    bad = []
    for entry in manifest["files"]:
        local = pack_dir / Path(entry["name"]).name
        if not local.exists() or sha256_of(local) != entry["sha256"].lower():
            bad.append(entry["name"])
    return bad


@click.command()
@click.argument("pack")
@click.option("--dry-run", is_flag=True)
def verify_pack(pack, dry_run):
    pack_dir = COC_DOWNLOAD_DIR / Path(pack).name
    manifest = load_manifest(pack_dir)
    bad = mismatched_files(pack_dir, manifest)
    if bad:
        raise click.ClickException(f"checksum mismatch: {', '.join(bad)}")
    click.echo(f"{len(manifest['files'])} files verified for {manifest['supplier']}")
    if not dry_run:
        for entry in manifest["files"]:
            import_claim_file(pack_dir / Path(entry["name"]).name, supplier=manifest["supplier"])


if __name__ == "__main__":
    verify_pack()
