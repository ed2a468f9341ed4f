"""Reproject drone orthomosaics to the field's local UTM zone.

Runs after the photogrammetry step; the grower can give the output a name in
the upload form.
"""
import asyncio
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

OUTPUT_ROOT = Path("/data/orthos")
_NAME_RE = re.compile(r"[^A-Za-z0-9_.-]+")


def _output_path(field_id: int, requested_name: str) -> Path:
    name = _NAME_RE.sub("_", requested_name).strip("._") or "ortho"
    out_dir = OUTPUT_ROOT / str(field_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir / f"{name}.tif"


async def warp_to_utm(src: Path, field_id: int, epsg: int, requested_name: str) -> Path:
    dst = _output_path(field_id, requested_name)
    args = [
        "gdalwarp",
        "-t_srs", f"EPSG:{int(epsg)}",
        "-r", "bilinear",
        "-co", "COMPRESS=DEFLATE",
        "-co", "TILED=YES",
        "-overwrite",
        str(src),
        str(dst),
    ]
    proc = await asyncio.create_subprocess_exec(*args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"gdalwarp failed ({proc.returncode}): {stderr.decode(errors='replace')[-500:]}")
    log.info("field %s: ortho warped to EPSG:%s -> %s", field_id, epsg, dst)
    return dst
