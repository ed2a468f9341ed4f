"""Imports paint-analysis bundles returned by the conservation lab for a restoration job."""
import logging
import tarfile
from pathlib import Path, PurePosixPath

log = logging.getLogger("restoration.lab")

MAX_MEMBER_BYTES = 50 * 1024 * 1024


class BundleError(Exception):
    pass


def _target_for(member: tarfile.TarInfo, dest: Path) -> Path:
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts:
        raise BundleError(f"refusing member path {member.name!r}")
    target = (dest / name).resolve()
    if not target.is_relative_to(dest):
        raise BundleError(f"member {member.name!r} escapes the job folder")
    return target


def import_bundle(bundle_path: Path, job_folder: Path) -> list[Path]:
    dest = job_folder.resolve()
    dest.mkdir(parents=True, exist_ok=True)
    extracted: list[Path] = []
    with tarfile.open(bundle_path, mode="r:*") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                log.debug("skipping non-file member %s", member.name)
                continue
            if member.size > MAX_MEMBER_BYTES:
                raise BundleError(f"{member.name} is larger than allowed")
            target = _target_for(member, dest)
            target.parent.mkdir(parents=True, exist_ok=True)
            src = tar.extractfile(member)
            if src is None:
                continue
            with src, open(target, "wb") as out:
                out.write(src.read())
            extracted.append(target)
    log.info("imported %d lab files into %s", len(extracted), dest)
    return extracted


def paint_layers(job_folder: Path) -> list[str]:
    report = job_folder / "cross_sections.txt"
    if not report.exists():
        return []
    return [line.strip() for line in report.read_text().splitlines() if line.strip()]
