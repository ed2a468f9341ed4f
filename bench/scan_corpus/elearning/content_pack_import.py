"""CLI: import vendor content packs dropped into the SFTP inbox.

    python -m lms.content_pack_import /srv/sftp/inbox --publish-root /srv/lms/content
"""
import json
import re
import shutil
import tarfile
import tempfile
from pathlib import Path

import click

PACK_SUFFIXES = (".tar.gz", ".tgz")
MAX_PACK_BYTES = 2 * 1024 ** 3
SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


def unpack(pack: Path, dest: Path) -> dict:
    with tarfile.open(pack, mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    return json.loads((dest / "pack.json").read_text(encoding="utf-8"))


@click.command()
@click.argument("inbox", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--publish-root", required=True, type=click.Path(file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True)
def main(inbox: Path, publish_root: Path, dry_run: bool) -> None:
    for pack in sorted(inbox.iterdir()):
        if not pack.name.endswith(PACK_SUFFIXES):
            continue
        slug = pack.name.split(".", 1)[0].lower()
        if not SLUG.match(slug) or pack.stat().st_size > MAX_PACK_BYTES:
            click.echo(f"skipping {pack.name}: unexpected name or too large", err=True)
            continue
        with tempfile.TemporaryDirectory(prefix="pack-") as tmp:
            meta = unpack(pack, Path(tmp))
            click.echo(f"{pack.name}: {meta.get('title', '?')} ({meta.get('version', '?')})")
            if dry_run:
                continue
            target = publish_root / slug
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(Path(tmp) / "content", target)
        pack.rename(pack.with_name(pack.name + ".done"))


if __name__ == "__main__":
    main()
