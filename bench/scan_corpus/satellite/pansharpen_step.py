"""Pan-sharpening step of the processing pipeline (L2 -> L2-PS)."""
import logging
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

RESAMPLING = {"cubic", "bilinear", "lanczos"}


def pansharpen(pan: Path, ms_bands: list[Path], out: Path, resampling: str = "cubic") -> Path:
    if resampling not in RESAMPLING:
        raise ValueError(f"unsupported resampling {resampling}")
    exe = shutil.which("gdal_pansharpen.py") or "gdal_pansharpen.py"
    cmd = [
        exe,
        str(pan),
        *map(str, ms_bands),
        str(out),
        "-r", resampling,
        "-of", "GTiff",
        "-co", "COMPRESS=DEFLATE",
        "-co", "TILED=YES",
    ]
    log.info("pansharpening %s", out.name)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"gdal_pansharpen failed: {proc.stderr[-2000:]}")
    return out


def run_for_scene(scene: dict, work_dir: Path) -> Path:
    sid = scene["scene_id"]
    bands = [work_dir / f"{sid}_B{i}.tif" for i in (1, 2, 3, 4)]
    return pansharpen(
        work_dir / f"{sid}_PAN.tif",
        bands,
        work_dir / f"{sid}_PS.tif",
        resampling=scene.get("resampling", "cubic"),
    )
