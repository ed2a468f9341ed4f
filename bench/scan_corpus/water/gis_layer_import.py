"""Unpack zipped shapefiles (service lines, valves, hydrants) uploaded by the GIS team."""
import zipfile
from pathlib import Path

MAX_TOTAL_BYTES = 2 * 1024**3
SHAPE_PARTS = {".shp", ".shx", ".dbf", ".prj", ".cpg"}


class LayerArchiveError(ValueError):
    pass


def _checked_members(zf: zipfile.ZipFile, dest: Path) -> list[zipfile.ZipInfo]:
    root = dest.resolve()
    members, total = [], 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        target = (root / info.filename).resolve()
        if not target.is_relative_to(root):
            raise LayerArchiveError(f"entry escapes destination: {info.filename!r}")
        if Path(info.filename).suffix.lower() not in SHAPE_PARTS:
            continue
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise LayerArchiveError("archive expands beyond the size limit")
        members.append(info)
    return members


def unpack_layer(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    extracted = []
    with zipfile.ZipFile(archive) as zf:
        for info in _checked_members(zf, dest):
            extracted.append(Path(zf.extract(info, dest)))
    if not any(p.suffix.lower() == ".shp" for p in extracted):
        raise LayerArchiveError("no .shp file in archive")
    return extracted
