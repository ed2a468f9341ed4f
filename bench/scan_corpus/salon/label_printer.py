"""Print shelf labels and product barcodes on the stockroom label printer."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from stock.models import Product

LP = shutil.which("lp") or "/usr/bin/lp"
RUN_OPTS = {
    "check": True,
    "timeout": 30,
    "capture_output": True,
    "text": True,
}
LABEL_MEDIA = "w62h29"


def _zpl_for(product: Product) -> str:
    name = product.name.replace("^", " ").replace("~", " ")[:40]
    return (
        "^XA"
        f"^FO20,20^A0N,28,28^FD{name}^FS"
        f"^FO20,60^A0N,24,24^FD\u00a3{product.rrp:.2f}^FS"
        f"^FO20,95^BCN,60,Y,N,N^FD{product.barcode}^FS"
        "^XZ"
    )


def print_labels(products: list[Product], queue: str, copies: int = 1) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        for product in products:
            fh.write(_zpl_for(product))
        path = Path(fh.name)

    title = f"Shelf labels ({len(products)}) {products[0].name}" if products else "Shelf labels"
    cmd = [LP, "-d", queue, "-n", str(int(copies)), "-o", f"media={LABEL_MEDIA}", "-o", "raw", "-t", title, str(path)]
    try:
        result = subprocess.run(cmd, **RUN_OPTS)
    finally:
        path.unlink(missing_ok=True)
    return result.stdout.strip()
