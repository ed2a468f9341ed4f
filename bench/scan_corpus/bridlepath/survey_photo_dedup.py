"""Deduplicate photos uploaded by volunteer surveyors before they go to storage.

Surveyors often re-sync the same phone album after a route walk, so identical
images are skipped by content digest.
"""
import argparse
import hashlib
import logging
import re
import shutil
from pathlib import Path
from typing import Iterable, Iterator

log = logging.getLogger("survey.photos")

CHUNK = 1 << 20
ROUTE_CODE = re.compile(r"^[A-Z]{2}\d{3}$")


def content_digest(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


def _known_digests(index_file: Path) -> set[str]:
    if not index_file.exists():
        return set()
    return {line.split(",", 1)[0] for line in index_file.read_text().splitlines() if line}


def new_photos(candidates: Iterable[Path], index_file: Path) -> Iterator[tuple[str, Path]]:
    seen = _known_digests(index_file)
    for photo in candidates:
        digest = content_digest(photo)
        if digest in seen:
            log.debug("skipping duplicate %s", photo.name)
            continue
        seen.add(digest)
        yield digest, photo


def ingest(inbox: Path, store: Path, route_code: str) -> int:
    """Copy unseen JPEGs from a surveyor's inbox into the route's photo store."""
    if not ROUTE_CODE.match(route_code):
        raise ValueError(f"not a route code: {route_code!r}")
    index_file = store / "digests.csv"
    target = store / route_code
    target.mkdir(parents=True, exist_ok=True)
    count = 0
    with index_file.open("a") as index:
        for digest, photo in new_photos(sorted(inbox.glob("*.jpg")), index_file):
            dest = target / f"{digest}.jpg"
            shutil.copy2(photo, dest)
            index.write(f"{digest},{route_code}/{dest.name}\n")
            count += 1
    log.info("ingested %d new photos for route %s", count, route_code)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inbox", type=Path)
    parser.add_argument("route_code")
    parser.add_argument("--store", type=Path, default=Path("/srv/bridlepath/photos"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    ingest(args.inbox, args.store, args.route_code)


if __name__ == "__main__":
    main()
