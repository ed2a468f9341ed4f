"""Import flat-field bundles uploaded by the instrument teams."""
import json
import re
import shutil
import zipfile
from pathlib import Path

CALIB_ROOT = Path("/data/calib")
ALLOWED_SUFFIXES = {".fits", ".fz", ".json"}
EPOCH_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_MEMBER_BYTES = 2 * 1024**3


def _safe_target(dest: Path, member: str) -> Path:
    target = (dest / member).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise ValueError(f"bundle member escapes destination: {member}")
    return target


def extract_bundle(bundle: zipfile.ZipFile, dest: Path) -> list[Path]:
    written = []
    for info in bundle.infolist():
        if info.is_dir() or Path(info.filename).suffix not in ALLOWED_SUFFIXES:
            continue
        if info.file_size > MAX_MEMBER_BYTES:
            raise ValueError(f"{info.filename} is larger than allowed")
        target = _safe_target(dest, info.filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        with bundle.open(info) as src, target.open("wb") as out:
            shutil.copyfileobj(src, out)
        written.append(target)
    return written


def import_flats(upload: Path, instrument: str) -> dict:
    if instrument not in {"imager", "spectrograph", "nir-camera"}:
        raise ValueError(f"unknown instrument {instrument!r}")
    with zipfile.ZipFile(upload) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        epoch = str(manifest.get("epoch", ""))
        if not EPOCH_RE.match(epoch):
            raise ValueError("manifest epoch must be YYYY-MM-DD")
        dest = CALIB_ROOT / instrument / "flats" / epoch
        files = extract_bundle(bundle, dest)
    return {"instrument": instrument, "epoch": epoch, "files": [p.name for p in files]}
