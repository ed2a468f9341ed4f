"""Unpacks the nightly zip export from the packhouse optical grader.

The grader produces a zip with one CSV per lot and a folder of defect
images. Files are unpacked into a dated folder for the grading import.
"""
import logging
import os
import zipfile
from datetime import date
from pathlib import Path

log = logging.getLogger("grading.unpack")

EXPORT_SETTINGS = {
    "incoming": Path(os.environ.get("GRADER_EXPORTS", "/srv/orchard/grading/exports")),
    "target": Path(os.environ.get("GRADER_UNPACKED", "/srv/orchard/grading/unpacked")),
    "max_total_bytes": 2 * 1024 ** 3,
    "suffixes": {".csv", ".png", ".jpg"},
}


class ArchiveRejected(Exception):
    pass


def _destination(root: Path, member_name: str) -> Path:
    candidate = (root / member_name).resolve()
    if not candidate.is_relative_to(root):
        raise ArchiveRejected(f"member escapes target folder: {member_name!r}")
    return candidate


def unpack(archive: Path, root: Path, settings: dict = EXPORT_SETTINGS) -> list[Path]:
    root = root.resolve()
    root.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if sum(i.file_size for i in infos) > settings["max_total_bytes"]:
            raise ArchiveRejected("archive expands beyond the size limit")
        for info in infos:
            if Path(info.filename).suffix.lower() not in settings["suffixes"]:
                continue
            target = _destination(root, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            written.append(target)
    return written


def unpack_todays_exports(settings: dict = EXPORT_SETTINGS) -> int:
    day_dir = settings["target"] / date.today().isoformat()
    total = 0
    for archive in sorted(settings["incoming"].glob("*.zip")):
        try:
            files = unpack(archive, day_dir / archive.stem, settings)
        except (zipfile.BadZipFile, ArchiveRejected) as exc:
            log.error("could not unpack %s: %s", archive.name, exc)
            archive.rename(archive.with_suffix(".bad"))
            continue
        log.info("unpacked %s: %d files", archive.name, len(files))
        archive.rename(archive.with_suffix(".done"))
        total += len(files)
    return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(unpack_todays_exports())
