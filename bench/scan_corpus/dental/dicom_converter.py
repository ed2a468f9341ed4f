"""Converts DICOM radiographs to PNG for the patient-facing treatment plan viewer."""
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

UID_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)*$")


class ConversionError(RuntimeError):
    pass


@dataclass
class ConverterSettings:
    binary: str = "dcmj2pnm"
    output_dir: Path = Path("/srv/imaging/png")
    scale_width: int = 1024
    timeout: int = 90


class DicomConverter:
    def __init__(self, settings: ConverterSettings | None = None):
        self.settings = settings or ConverterSettings()
        resolved = shutil.which(self.settings.binary)
        if resolved is None:
            raise ConversionError(f"{self.settings.binary} not found on PATH")
        self._binary = resolved

    def to_png(self, dicom_path: Path, study_uid: str) -> Path:
        if not UID_PATTERN.fullmatch(study_uid) or len(study_uid) > 64:
            raise ConversionError("invalid study UID")
        out = self.settings.output_dir / f"{study_uid}.png"
        args = [
            self._binary,
            "--write-png",
            "--scale-x-size",
            str(self.settings.scale_width),
            str(dicom_path),
            str(out),
        ]
        result = subprocess.run(args, capture_output=True, text=True, timeout=self.settings.timeout)
        if result.returncode != 0:
            raise ConversionError(result.stderr.strip() or "conversion failed")
        return out
