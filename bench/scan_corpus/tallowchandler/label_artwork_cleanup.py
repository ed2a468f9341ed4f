"""Celery tasks that tidy up uploaded label artwork for custom chapel candles."""
import logging
import os

from celery import shared_task

from tallow.config import settings
from tallow.db import session_scope
from tallow.models import ArtworkProof

log = logging.getLogger(__name__)

ARTWORK_ROOT = settings.ARTWORK_UPLOAD_DIR


def artwork_path(account_id: int, filename: str) -> str:
    return os.path.join(ARTWORK_ROOT, str(account_id), filename)


@shared_task(name="artwork.discard_proof")
def discard_proof(payload: dict) -> bool:
    account_id = int(payload["account_id"])
    filename = payload["file"]
    target = artwork_path(account_id, filename)
    if not os.path.exists(target):
        log.info("artwork %s already gone for account %s", filename, account_id)
        return False
    os.remove(target)
    with session_scope() as session:
        session.query(ArtworkProof).filter_by(account_id=account_id, filename=filename).delete()
    log.info("discarded artwork %s for account %s", filename, account_id)
    return True


@shared_task(name="artwork.sweep_rejected")
def sweep_rejected(days: int = 60) -> int:
    removed = 0
    with session_scope() as session:
        rejected = session.query(ArtworkProof).filter(
            ArtworkProof.status == "rejected",
            ArtworkProof.age_days() > days,
        )
        for proof in rejected:
            discard_proof.delay({"account_id": proof.account_id, "file": proof.filename})
            removed += 1
    return removed
