"""Unpacks condition-survey bundles (photos, measurements) sent by heritage surveyors."""
import logging
import os
import shutil
import zipfile
from pathlib import Path

log = logging.getLogger("restoration.surveys")

SURVEY_ROOT = Path(os.environ.get("SURVEY_ROOT", "/srv/harrowspoke/surveys"))
KEEP_SUFFIXES = {".jpg", ".jpeg", ".png", ".pdf", ".csv", ".txt"}


def _write_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest_dir: str) -> str:
    target = os.path.join(dest_dir, info.filename)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with zf.open(info) as src, open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return target


def unpack_survey(bundle: Path, job_ref: str) -> list[str]:
    dest = SURVEY_ROOT / job_ref
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            if Path(info.filename).suffix.lower() not in KEEP_SUFFIXES:
                log.info("skipping %s in survey for %s", info.filename, job_ref)
                continue
            written.append(_write_member(zf, info, str(dest)))
    log.info("unpacked %d survey files for job %s", len(written), job_ref)
    return written


def process_inbox(inbox: Path) -> None:
    for bundle in sorted(inbox.glob("*.zip")):
        job_ref = bundle.stem.split("_", 1)[0]
        try:
            unpack_survey(bundle, job_ref)
        except zipfile.BadZipFile:
            log.warning("corrupt survey bundle %s", bundle.name)
            continue
        bundle.rename(bundle.with_suffix(".done"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    process_inbox(Path(os.environ.get("SURVEY_INBOX", "/srv/harrowspoke/inbox")))
