"""Import signed loan agreement bundles returned by the e-signature provider."""
import logging
import tarfile
import tempfile
from pathlib import Path

from celery import shared_task

from wheelchairhire.agreements import attach_signed_agreement
from wheelchairhire.config import settings
from wheelchairhire.storage import download_object

log = logging.getLogger(__name__)


def unpack_bundle(archive: Path, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return sorted(p for p in dest.rglob("*.pdf") if p.is_file())


@shared_task(acks_late=True)
def import_signed_bundle(object_key: str, hire_id: int) -> int:
    with tempfile.TemporaryDirectory(dir=settings.WORK_DIR) as workdir:
        work = Path(workdir)
        archive = download_object(settings.ESIGN_BUCKET, object_key, work / "bundle.tar.gz")
        documents = unpack_bundle(archive, work / "unpacked")
        for pdf in documents:
            attach_signed_agreement(hire_id, pdf.name, pdf.read_bytes())
    log.info("Attached %d signed documents to hire %s", len(documents), hire_id)
    return len(documents)
