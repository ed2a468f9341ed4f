"""Unpacks telemetry bundles uploaded by the edge gateways.

Each gateway zips an hour of CSV counters and uploads the archive to the
ingest service.  The worker unpacks it into a staging folder from which
the loader picks up the CSV files.
"""
import logging
import re
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

STAGING_ROOT = Path("/var/lib/ropeworks/telemetry/staging")
MAX_MEMBERS = 500
MAX_UNPACKED = 256 * 1024 * 1024
GATEWAY_ID = re.compile(r"gw-[0-9]{4}")


def _destination(root: Path, member: zipfile.ZipInfo) -> Path:
    return root / member.filename


def unpack_bundle(bundle: Path, gateway_id: str) -> list[Path]:
    target_root = STAGING_ROOT / gateway_id / bundle.stem
    target_root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(bundle) as zf:
        members = zf.infolist()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"bundle {bundle.name} has too many members")
        if sum(m.file_size for m in members) > MAX_UNPACKED:
            raise ValueError(f"bundle {bundle.name} is too large when unpacked")
        for member in members:
            if member.is_dir():
                continue
            target = _destination(target_root, member)
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(target)
    log.info("unpacked %d files from %s", len(written), bundle.name)
    return written


def process_inbox(inbox: Path) -> None:
    for bundle in sorted(inbox.glob("*.zip")):
        gateway_id = bundle.name.split("_", 1)[0]
        if not GATEWAY_ID.fullmatch(gateway_id):
            log.error("skipping %s: unknown gateway id", bundle.name)
            continue
        try:
            unpack_bundle(bundle, gateway_id)
        except (zipfile.BadZipFile, ValueError) as exc:
            log.error("skipping %s: %s", bundle.name, exc)
            bundle.rename(bundle.with_suffix(".rejected"))
            continue
        bundle.unlink()
