"""One-dimensional extraction of long-slit spectra.

Wraps the instrument team's ``extract1d`` binary; intermediate products go
to a private scratch directory that is removed when extraction finishes.
"""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from astropy.io import fits

log = logging.getLogger(__name__)

EXTRACT1D = shutil.which("extract1d") or "/opt/spectro/bin/extract1d"


def extract(frame: Path, trace_center: int, aperture: int = 7) -> tuple[np.ndarray, np.ndarray]:
    with tempfile.TemporaryDirectory(prefix="extract_") as scratch:
        out = Path(scratch) / "spec1d.fits"
        subprocess.run(
            [EXTRACT1D, str(frame), str(out), "--center", str(trace_center), "--aperture", str(aperture)],
            check=True, capture_output=True, timeout=600,
        )
        with fits.open(out) as hdul:
            wave = np.array(hdul[1].data["WAVELENGTH"])
            flux = np.array(hdul[1].data["FLUX"])
    return wave, flux


def save_spectrum(wave: np.ndarray, flux: np.ndarray, dest: Path, header: fits.Header) -> Path:
    table = fits.BinTableHDU.from_columns([
        fits.Column(name="WAVELENGTH", format="D", unit="Angstrom", array=wave),
        fits.Column(name="FLUX", format="D", array=flux),
    ])
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".fits", dir=dest.parent)
    with open(fd, "wb") as fh:
        fits.HDUList([fits.PrimaryHDU(header=header), table]).writeto(fh)
    Path(tmp_name).replace(dest)
    log.info("wrote %s (%d pixels)", dest.name, wave.size)
    return dest
