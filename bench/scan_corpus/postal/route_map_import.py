"""Import of delivery route map packs for courier navigation.

The mapping contractor delivers route map packs as ``.tar.gz`` archives,
uploaded by depot managers through the ops portal.  Packs are unpacked into
the tile store served to the handhelds.
"""
import logging
import os
import re
import shutil
import tarfile
from pathlib import Path

log = logging.getLogger(__name__)

TILE_ROOT = Path(os.environ.get("ROUTE_TILE_ROOT", "/srv/route-tiles"))
MAX_MEMBERS = 50_000
MAX_TOTAL_BYTES = 4 * 1024 ** 3
DEPOT_CODE_RE = re.compile(r"^[A-Z]{3}\d{2}$")


class MapPackError(Exception):
    pass


def _check_members(tf: tarfile.TarFile, dest: Path) -> None:
    members = tf.getmembers()
    if len(members) > MAX_MEMBERS:
        raise MapPackError("too many entries in map pack")
    total = 0
    for m in members:
        if not (m.isfile() or m.isdir()):
            raise MapPackError(f"unsupported entry type: {m.name}")
        target = (dest / m.name).resolve()
        if not target.is_relative_to(dest):
            raise MapPackError(f"entry outside pack root: {m.name}")
        total += m.size
    if total > MAX_TOTAL_BYTES:
        raise MapPackError("map pack too large")


def import_pack(archive: Path, depot_code: str) -> Path:
    if not DEPOT_CODE_RE.match(depot_code):
        raise MapPackError(f"invalid depot code: {depot_code!r}")
    dest = (TILE_ROOT / depot_code).resolve()
    tmp = dest.with_name(dest.name + ".incoming")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    with tarfile.open(archive, "r:gz") as tf:
        _check_members(tf, tmp)
        tf.extractall(tmp, filter="data")
    if dest.exists():
        shutil.rmtree(dest)
    tmp.rename(dest)
    log.info("imported route map pack for depot %s", depot_code)
    return dest
