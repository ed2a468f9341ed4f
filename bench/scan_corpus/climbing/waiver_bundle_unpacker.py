"""Imports waiver bundles (zip of signed PDFs plus index) exported by paper-waiver scanning stations."""
from __future__ import annotations

import csv
import io
import logging
import zipfile
from pathlib import Path, PurePosixPath

log = logging.getLogger("waivers.bundles")

INBOX = Path("/srv/waivers/inbox")
SIGNED_ROOT = Path("/srv/waivers/signed")
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 2000


class BundleError(Exception):
    pass


def _member_target(dest: Path, member_name: str) -> Path:
    pure = PurePosixPath(member_name)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise BundleError(f"rejected member path {member_name!r}")
    target = (dest / Path(*pure.parts)).resolve()
    if not target.is_relative_to(dest.resolve()):
        raise BundleError(f"rejected member path {member_name!r}")
    return target


def extract_bundle(bundle: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            raise BundleError("bundle has too many files")
        for info in infos:
            if info.file_size > MAX_MEMBER_BYTES:
                raise BundleError(f"{info.filename} is too large")
            target = _member_target(dest, info.filename)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, target.open("wb") as out:
                out.write(src.read(MAX_MEMBER_BYTES + 1)[:MAX_MEMBER_BYTES])
            written.append(target)
    return written


def read_index(dest: Path) -> list[dict]:
    index = dest / "index.csv"
    if not index.exists():
        raise BundleError("bundle is missing index.csv")
    return list(csv.DictReader(io.StringIO(index.read_text(encoding="utf-8"))))


def import_bundle(bundle_name: str, gym_code: str) -> int:
    bundle = INBOX / Path(bundle_name).name
    dest = SIGNED_ROOT / gym_code / bundle.stem
    files = extract_bundle(bundle, dest)
    rows = read_index(dest)
    pdfs = {p.name for p in files if p.suffix.lower() == ".pdf"}
    missing = [r["pdf"] for r in rows if r.get("pdf") not in pdfs]
    if missing:
        log.warning("bundle %s: %d indexed waivers missing", bundle.name, len(missing))
    log.info("bundle %s: imported %d waivers for %s", bundle.name, len(pdfs), gym_code)
    return len(pdfs)
