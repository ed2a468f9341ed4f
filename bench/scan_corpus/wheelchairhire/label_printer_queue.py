"""Print address labels for the next day's delivery rounds at each depot."""
import logging
import subprocess
from pathlib import Path

from wheelchairhire.config import settings
from wheelchairhire.labels import render_label_pdf
from wheelchairhire.models import Delivery, DeliveryRound

log = logging.getLogger(__name__)

LABEL_MEDIA = "62x100mm"


def _lp_command(printer: str, title: str, pdf: Path) -> str:
    return f'lp -d {printer} -t "{title}" -o media={LABEL_MEDIA} {pdf}'


def print_delivery_label(delivery: Delivery, printer: str) -> None:
    pdf = render_label_pdf(delivery, Path(settings.LABEL_SPOOL_DIR))
    title = f"{delivery.round.code} {delivery.customer.full_name}"
    command = _lp_command(printer, title, pdf)
    subprocess.run(command, shell=True, check=True, timeout=30)
    log.info("Queued label for delivery %s on %s", delivery.id, printer)


def print_round(round_: DeliveryRound) -> int:
    printer = settings.DEPOT_PRINTERS[round_.depot_code]
    printed = 0
    for delivery in sorted(round_.deliveries, key=lambda d: d.sequence):
        if delivery.label_printed:
            continue
        try:
            print_delivery_label(delivery, printer)
        except subprocess.CalledProcessError:
            log.exception("Label printing failed for delivery %s", delivery.id)
            continue
        delivery.label_printed = True
        printed += 1
    return printed
