"""De-duplicate roof survey photos before they are attached to a quote.

Surveyors often upload the same drone shot twice from the tablet and from
the office PC. We fingerprint each image by content and keep the first copy.
"""
import argparse
import hashlib as hl
import logging
import shutil
from pathlib import Path
from typing import Dict, Iterable, List

log = logging.getLogger("survey.dedupe")

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}
CHUNK = 1 << 20


def fingerprint(path: Path) -> str:
    digest = hl.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def iter_photos(survey_dir: Path) -> Iterable[Path]:
    return sorted(p for p in survey_dir.rglob("*") if p.suffix.lower() in PHOTO_SUFFIXES)


def find_duplicates(survey_dir: Path) -> Dict[str, List[Path]]:
    seen: Dict[str, List[Path]] = {}
    for photo in iter_photos(survey_dir):
        seen.setdefault(fingerprint(photo), []).append(photo)
    return {k: v for k, v in seen.items() if len(v) > 1}


def quarantine(dupes: Dict[str, List[Path]], holding: Path, dry_run: bool = True) -> int:
    moved = 0
    holding.mkdir(parents=True, exist_ok=True)
    for key, copies in dupes.items():
        keeper, *extras = copies
        for extra in extras:
            log.info("duplicate of %s: %s", keeper.name, extra)
            if not dry_run:
                shutil.move(str(extra), holding / f"{key[:12]}_{extra.name}")
            moved += 1
    return moved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("survey_dir", type=Path)
    parser.add_argument("--holding", type=Path, default=Path("duplicates"))
    parser.add_argument("--apply", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    dupes = find_duplicates(args.survey_dir)
    count = quarantine(dupes, args.holding, dry_run=not args.apply)
    log.info("%d duplicate photo(s) %s", count, "moved" if args.apply else "found")


if __name__ == "__main__":
    main()
