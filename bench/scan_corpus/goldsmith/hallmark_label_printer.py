"""Prints swing-tag labels with sponsor mark, fineness and price for stock."""
import logging
import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal

log = logging.getLogger(__name__)

PRINTER_QUEUE = os.environ.get("LABEL_PRINTER", "zebra_counter")
LABEL_TEMPLATE = """^XA
^FO20,20^A0N,28,28^FD{sku}^FS
^FO20,55^A0N,22,22^FD{metal} {fineness}^FS
^FO20,85^A0N,32,32^FD£{price}^FS
^FO220,20^BQN,2,3^FDLA,{sku}^FS
^XZ
"""


@dataclass
class StockLabel:
    sku: str
    metal: str
    fineness: int
    price: Decimal


def to_zpl(labels: list) -> str:
    return "".join(
        LABEL_TEMPLATE.format(sku=l.sku, metal=l.metal, fineness=l.fineness, price=f"{l.price:.2f}")
        for l in labels
    )


def print_labels(labels: list, queue: str = PRINTER_QUEUE) -> None:
    if not labels:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", encoding="utf-8", delete=True) as fh:
        fh.write(to_zpl(labels))
        fh.flush()
        subprocess.run(["lp", "-d", queue, "-o", "raw", fh.name], check=True, timeout=30)
    log.info("sent %d labels to %s", len(labels), queue)


def reprint_for_skus(repo, skus: list) -> int:
    labels = [
        StockLabel(item.sku, item.metal, item.fineness, item.retail_price)
        for item in repo.items_by_sku(skus)
    ]
    print_labels(labels)
    return len(labels)
