"""Unpacks EPUB files delivered by co-publishers for QA and re-packaging."""
import logging
import zipfile
from pathlib import Path, PurePosixPath

from defusedxml import ElementTree as ET

log = logging.getLogger(__name__)

CONTAINER = "META-INF/container.xml"
CONTAINER_NS = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
MAX_UNCOMPRESSED = 500 * 1024 * 1024


class BadEpub(ValueError):
    pass


def _member_target(dest: Path, member: str) -> Path:
    name = PurePosixPath(member)
    if name.is_absolute() or ".." in name.parts:
        raise BadEpub(f"illegal path in archive: {member!r}")
    target = (dest / name).resolve()
    if not target.is_relative_to(dest):
        raise BadEpub(f"illegal path in archive: {member!r}")
    return target


def unpack(epub: Path, dest: Path) -> Path:
    """Extract `epub` into `dest` and return the path of its OPF package document."""
    dest = dest.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(epub) as zf:
        infos = zf.infolist()
        if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
            raise BadEpub("archive expands beyond the size limit")
        for info in infos:
            target = _member_target(dest, info.filename)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                out.write(src.read())
    root = ET.parse(dest / CONTAINER).getroot()
    rootfile = root.find(".//c:rootfile", CONTAINER_NS)
    if rootfile is None:
        raise BadEpub("container.xml has no rootfile")
    opf = _member_target(dest, rootfile.get("full-path", ""))
    log.info("unpacked %s (%d entries), package at %s", epub.name, len(infos), opf)
    return opf
