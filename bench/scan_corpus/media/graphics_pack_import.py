"""Import zipped graphics packs (lower thirds, bumpers) for the studio playout."""
import logging
import pathlib
import shutil
import zipfile

log = logging.getLogger(__name__)

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 2 * 1024 ** 3
ALLOWED_SUFFIXES = {".png", ".mov", ".json", ".ttf"}


class PackError(ValueError):
    pass


def extract_pack(archive: pathlib.Path, dest: pathlib.Path) -> list[pathlib.Path]:
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(archive) as zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if len(members) > MAX_MEMBERS:
            raise PackError("too many files in pack")
        if sum(m.file_size for m in members) > MAX_TOTAL_BYTES:
            raise PackError("pack too large")
        for member in members:
            target = (dest / member.filename).resolve()
            if not target.is_relative_to(dest):
                raise PackError(f"illegal path in pack: {member.filename}")
            if target.suffix.lower() not in ALLOWED_SUFFIXES:
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    log.info("extracted %d files from %s", len(written), archive.name)
    return written
