"""Unpacks service-manual archives for the workshop reference shelf.

Accordion makers and harmonium restorers share scanned service manuals as
tar.gz archives. Staff upload them on the reference page; the archive is
unpacked under MANUAL_ROOT/<manufacturer>/<slug>/ for the bench tablets.
"""
import logging
import re
import tarfile
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

MANUAL_ROOT = Path("/srv/bellows/manuals")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,62}$")
KNOWN_MAKERS = {"hohner", "paolo-soprani", "scandalli", "excelsior", "mason-hamlin", "estey"}
MAX_MEMBERS = 2000


def _target_dir(maker: str, slug: str) -> Path:
    if maker not in KNOWN_MAKERS:
        raise ValueError(f"unknown manufacturer {maker!r}")
    if not SLUG_RE.match(slug):
        raise ValueError("slug must be lowercase letters, digits and dashes")
    return MANUAL_ROOT / maker / slug


def unpack_manual(upload_bytes: bytes, maker: str, slug: str) -> list[str]:
    target = _target_dir(maker, slug)
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(suffix=".tar.gz") as tmp:
        tmp.write(upload_bytes)
        tmp.flush()
        with tarfile.open(tmp.name, mode="r:gz") as tar:
            members = tar.getmembers()
            if len(members) > MAX_MEMBERS:
                raise ValueError("archive has too many entries")
            tar.extractall(path=target, members=members, filter="data")
    names = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    log.info("manual %s/%s unpacked: %d files", maker, slug, len(names))
    return names


def list_manuals() -> dict[str, list[str]]:
    return {
        maker: sorted(p.name for p in (MANUAL_ROOT / maker).iterdir() if p.is_dir())
        for maker in sorted(KNOWN_MAKERS)
        if (MANUAL_ROOT / maker).is_dir()
    }
