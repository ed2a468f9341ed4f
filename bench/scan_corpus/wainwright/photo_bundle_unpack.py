"""Unpacks photo bundles sent by the mobile photography van.

The van photographs wagons at shows and farms for valuation; it uploads
each shoot as a .tar.gz which we unpack under the valuation job.
"""
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("wainwright.photo_bundles")

VALUATION_ROOT = Path("/srv/wainwright/valuations").resolve()
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".cr2", ".nef"}


class BundleError(Exception):
    pass


def _safe_members(tar: tarfile.TarFile, dest: Path):
    for member in tar.getmembers():
        if not member.isfile():
            continue
        target = (dest / member.name).resolve()
        if not target.is_relative_to(dest):
            raise BundleError(f"member escapes destination: {member.name!r}")
        if target.suffix.lower() not in IMAGE_SUFFIXES:
            log.debug("skipping non-image member %s", member.name)
            continue
        yield member, target


def unpack_bundle(bundle: Path, valuation_id: int) -> list[Path]:
    dest = (VALUATION_ROOT / str(int(valuation_id))).resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tarfile.open(bundle, mode="r:gz") as tar:
        for member, target in _safe_members(tar, dest):
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, target.open("wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written.append(target)
    log.info("valuation %s: unpacked %d photos from %s", valuation_id, len(written), bundle.name)
    return written


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    for p in unpack_bundle(Path(sys.argv[1]), int(sys.argv[2])):
        print(p)
