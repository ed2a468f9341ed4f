"""Send cryovial labels to the Zebra printers in the freezer room."""
import re
import subprocess
import tempfile
from pathlib import Path

BARCODE_RE = re.compile(r"^[A-Z]{2}\d{8}$")
PRINTER_QUEUES = {"bank-a": "zebra_bank_a", "bank-b": "zebra_bank_b", "cold-room": "zebra_cold"}

ZPL_TEMPLATE = (
    "^XA^CI28^FO30,20^BQN,2,4^FDQA,{barcode}^FS"
    "^FO160,40^A0N,28,28^FD{barcode}^FS^FO160,80^A0N,22,22^FD{sample_type}^FS^XZ"
)


def print_label(barcode: str, sample_type: str, bank: str) -> None:
    if not BARCODE_RE.match(barcode):
        raise ValueError(f"not a biobank barcode: {barcode!r}")
    queue = PRINTER_QUEUES[bank]
    label = ZPL_TEMPLATE.format(barcode=barcode, sample_type=re.sub(r"[^\w -]", "", sample_type)[:20])
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(label)
        path = Path(fh.name)
    try:
        subprocess.run(
            ["lp", "-d", queue, "-o", "raw", str(path)],
            check=True,
            capture_output=True,
            timeout=30,
        )
    finally:
        path.unlink(missing_ok=True)
