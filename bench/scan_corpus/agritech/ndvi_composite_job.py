"""Worker step: build an NDVI GeoTIFF for a field from a Sentinel-2 scene.

Jobs arrive from the farm-management UI with the scene id the grower picked
and the output name they typed in. GDAL does the heavy lifting.
"""
import asyncio
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SCENE_ROOT = Path("/data/scenes")
OUTPUT_ROOT = Path("/data/ndvi")
NDVI_EXPR = "(B.astype(float)-A)/(B.astype(float)+A+1e-6)"


@dataclass
class NdviJob:
    field_id: int
    scene_id: str
    output_name: str


def _band(scene_id: str, band: str) -> Path:
    return SCENE_ROOT / scene_id / f"{band}.jp2"


def _calc_command(job: NdviJob) -> str:
    red = _band(job.scene_id, "B04")
    nir = _band(job.scene_id, "B08")
    out = OUTPUT_ROOT / str(job.field_id) / f"{job.output_name}.tif"
    out.parent.mkdir(parents=True, exist_ok=True)
    return (
        f'gdal_calc.py -A "{red}" -B "{nir}" --calc="{NDVI_EXPR}" '
        f'--type=Float32 --NoDataValue=-9999 --overwrite --outfile="{out}"'
    )


async def run_ndvi_job(job: NdviJob) -> int:
    cmd = _calc_command(job)
    log.info("field %s: computing NDVI from %s", job.field_id, job.scene_id)
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("gdal_calc failed for field %s: %s", job.field_id, stderr.decode(errors="replace"))
    return proc.returncode
