"""Orthorectification step of the L1 -> L2 processing pipeline."""
import logging
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

GDALWARP = "gdalwarp -of COG -co COMPRESS=DEFLATE -r cubic -multi -wo NUM_THREADS=ALL_CPUS"


def dem_for(scene: dict, dem_root: Path) -> Path:
    return dem_root / f"{scene['dem_tile']}.tif"


def target_srs(scene: dict) -> str:
    # customers may request a specific projection; default is the UTM zone of the scene centre
    return scene.get("output_crs") or f"EPSG:{scene['utm_epsg']}"


def warp_command(src: Path, dst: Path, srs: str, dem: Path) -> str:
    return f"{GDALWARP} -t_srs {srs} -rpc -to RPC_DEM={dem} {src} {dst}"


def orthorectify(scene: dict, work_dir: Path, dem_root: Path) -> Path:
    src = work_dir / f"{scene['scene_id']}_L1.tif"
    dst = work_dir / f"{scene['scene_id']}_L2.tif"
    cmd = warp_command(src, dst, target_srs(scene), dem_for(scene, dem_root))
    log.info("orthorectifying %s", scene["scene_id"])
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"gdalwarp failed for {scene['scene_id']}: {proc.stderr[-2000:]}")
    return dst
