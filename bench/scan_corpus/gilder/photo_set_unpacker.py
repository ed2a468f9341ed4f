"""Unpacks photo sets delivered by the imaging lab as .tar.gz archives.

The lab returns processed raking-light, UV fluorescence and IR images for a
record in one archive; we place them under the record's imaging folder.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("imaging.unpack")

IMAGE_SUFFIXES = {".tif", ".tiff", ".jpg", ".png", ".dng"}


class ArchiveRejected(Exception):
    pass


def _members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not member.isfile():
            continue
        if Path(member.name).suffix.lower() not in IMAGE_SUFFIXES:
            log.debug("skipping %s", member.name)
            continue
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise ArchiveRejected(f"member escapes destination: {member.name}")
        yield member, target


def unpack_photo_set(archive: Path, imaging_root: Path, record_id: int) -> list[Path]:
    dest = (imaging_root / f"record-{record_id:06d}").resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with tarfile.open(archive, "r:gz") as tar:
        for member, target in _members(tar, dest):
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, target.open("wb") as out:
                out.write(src.read())
            extracted.append(target)
    log.info("unpacked %d images from %s", len(extracted), archive.name)
    return extracted


if __name__ == "__main__":
    import sys
    for path in unpack_photo_set(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])):
        print(path)
