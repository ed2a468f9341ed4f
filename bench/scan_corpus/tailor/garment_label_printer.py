"""Prints workroom tickets that travel with a garment through each stage.

Each ticket carries the order reference, customer name, the cutter and a
barcode; it is printed on the label printer attached to each shop's CUPS
server.
"""
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PRINTERS = {
    "SAV": "savile_row_zebra",
    "MAN": "manchester_zebra",
    "EDI": "edinburgh_zebra",
}

LP = shutil.which("lp") or "/usr/bin/lp"

ZPL_TEMPLATE = """^XA
^CF0,40^FO40,30^FD{reference}^FS
^CF0,30^FO40,80^FD{customer}^FS
^FO40,120^FDCutter: {cutter}  Stage: {stage}^FS
^FO40,170^BY2^BCN,80,Y,N,N^FD{reference}^FS
^XZ
"""


@dataclass
class WorkTicket:
    reference: str
    customer: str
    cutter: str
    stage: str
    shop_code: str


def _zpl_field(value: str) -> str:
    return "".join(ch for ch in value if ch not in "^~").strip()[:40]


def print_ticket(ticket: WorkTicket, copies: int = 1) -> None:
    printer = PRINTERS[ticket.shop_code]
    zpl = ZPL_TEMPLATE.format(
        reference=_zpl_field(ticket.reference),
        customer=_zpl_field(ticket.customer),
        cutter=_zpl_field(ticket.cutter),
        stage=_zpl_field(ticket.stage),
    )
    with tempfile.TemporaryDirectory(prefix="hc-label-") as tmp:
        path = Path(tmp) / "ticket.zpl"
        path.write_text(zpl, encoding="ascii", errors="replace")
        subprocess.run(
            [LP, "-d", printer, "-n", str(max(1, copies)), "-o", "raw",
             "-t", f"{ticket.reference} {ticket.customer}", str(path)],
            check=True,
            timeout=30,
            capture_output=True,
        )
