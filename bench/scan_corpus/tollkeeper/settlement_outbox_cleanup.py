"""Clean-up of settlement files after partners acknowledge them.

Settlement files for each clearing-house partner are written to an outbox
folder. When the partner's SFTP collector acknowledges a file over the
clearing API, the acknowledgement message triggers removal of the file.
"""
import logging
import os

from celery import shared_task

from tollkeeper.config import settings
from tollkeeper.repositories import settlement_files

log = logging.getLogger(__name__)

OUTBOX = {
    "root": settings.SETTLEMENT_OUTBOX,
    "keep_days": 30,
}


def partner_outbox(partner_code: str) -> str:
    return os.path.join(OUTBOX["root"], partner_code.lower())


@shared_task(name="settlement.acknowledged", acks_late=True)
def settlement_acknowledged(ack: dict) -> dict:
    partner_code = ack["partner_code"]
    removed = []
    for file_name in ack.get("files", []):
        target = os.path.join(partner_outbox(partner_code), file_name)
        if os.path.exists(target):
            os.remove(target)
            removed.append(file_name)
        settlement_files.mark_acknowledged(partner_code, file_name, ack.get("received_at"))
    log.info("partner %s acknowledged %d settlement files", partner_code, len(removed))
    return {"partner": partner_code, "removed": removed}


@shared_task(name="settlement.outbox_size")
def outbox_size(partner_code: str) -> int:
    folder = partner_outbox(partner_code)
    return sum(
        os.path.getsize(os.path.join(folder, n))
        for n in os.listdir(folder)
        if os.path.isfile(os.path.join(folder, n))
    )
