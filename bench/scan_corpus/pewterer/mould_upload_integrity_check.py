"""Checks uploaded mould pattern files against the checksum the pattern maker publishes."""
import hashlib
from pathlib import Path

import click
import requests

from pewterer.moulds.library import register_pattern

CATALOGUE_URL = "https://patterns.example-supplier.com/catalogue/{code}.json"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def published_checksum(pattern_code: str) -> str:
    resp = requests.get(CATALOGUE_URL.format(code=pattern_code), timeout=15)
    resp.raise_for_status()
    return resp.json()["sha256"].lower()


def verify_and_register(pattern_code: str, local: Path) -> bool:
    actual = sha256_of(local)
    expected = published_checksum(pattern_code)
    if actual == expected:
        register_pattern(pattern_code, local)
        return True
    return False


@click.command()
@click.argument("pattern_code")
@click.argument("local", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def main(pattern_code: str, local: Path) -> None:
    if verify_and_register(pattern_code, local):
        click.echo(f"{pattern_code}: checksum matches, pattern registered")
    else:
        click.echo(f"{pattern_code}: checksum mismatch, file left in incoming", err=True)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
