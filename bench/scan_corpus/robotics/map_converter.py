"""Converts uploaded site maps (PGM/YAML from SLAM runs, or DXF drawings from
customers) into the fleet manager's tiled occupancy format."""
import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

CONVERTER_BIN = "/opt/fleet/bin/mapconv"
DEFAULT_RESOLUTION = 0.05


class MapConversionError(RuntimeError):
    pass


def _command(src: Path, out_dir: Path, resolution: float, layer: str) -> str:
    return (
        f"{CONVERTER_BIN} --input '{src}' --output '{out_dir}' "
        f"--resolution {resolution} --layer {layer} --tile-size 256"
    )


async def convert_upload(upload_path: Path, out_dir: Path, options: dict) -> Path:
    """``options`` is the parsed upload form (resolution, CAD layer name)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = _command(
        upload_path,
        out_dir,
        float(options.get("resolution", DEFAULT_RESOLUTION)),
        options.get("layer", "0"),
    )
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await proc.communicate()
    if proc.returncode != 0:
        log.error("mapconv failed (%s): %s", proc.returncode, stderr.decode(errors="replace"))
        raise MapConversionError(f"conversion failed for {upload_path.name}")
    log.info("mapconv: %s", stdout.decode(errors="replace").strip())
    return out_dir / "manifest.json"
