"""Co-add dithered science frames into a nightly stack.

Frames are resampled onto a common grid with SWarp, then the stack header
is annotated with provenance before it is moved into the reduced area.
"""
import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from astropy.io import fits

log = logging.getLogger(__name__)

SWARP = shutil.which("swarp") or "/opt/astromatic/bin/swarp"
SWARP_DEFAULTS = {
    "COMBINE_TYPE": "MEDIAN",
    "RESAMPLING_TYPE": "LANCZOS3",
    "SUBTRACT_BACK": "Y",
    "WRITE_XML": "N",
}


def _swarp_args(frames: list[Path], out: str, weight: str, **overrides) -> list[str]:
    opts = {**SWARP_DEFAULTS, **overrides, "IMAGEOUT_NAME": out, "WEIGHTOUT_NAME": weight}
    args = [SWARP, *map(str, frames)]
    for key, value in opts.items():
        args += [f"-{key}", str(value)]
    return args


def stack_frames(frames: list[Path], dest_dir: Path, target: str, **overrides) -> Path:
    if len(frames) < 2:
        raise ValueError("need at least two frames to stack")

    work = Path(tempfile.gettempdir())
    out = tempfile.mktemp(suffix=".fits", prefix="stack_", dir=work)
    weight = out.replace(".fits", ".weight.fits")

    result = subprocess.run(_swarp_args(frames, out, weight, **overrides),
                            capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise RuntimeError(f"swarp failed: {result.stderr[-2000:]}")

    with fits.open(out, mode="update") as hdul:
        hdr = hdul[0].header
        hdr["OBJECT"] = target
        hdr["NCOMBINE"] = (len(frames), "number of frames co-added")
        for i, frame in enumerate(frames, start=1):
            hdr[f"IMCMB{i:03d}"] = frame.name

    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / f"{re.sub(r'[^A-Za-z0-9_.+-]', '_', target)}_stack.fits"
    shutil.move(out, final)
    Path(weight).unlink(missing_ok=True)
    log.info("stacked %d frames into %s", len(frames), final)
    return final
