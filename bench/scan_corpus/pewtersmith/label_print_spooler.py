"""Print packing labels on the Zebra printer in the dispatch room.

Labels are rendered as ZPL and handed to CUPS as a raw job, so the
printer's own fonts are used and nothing is rasterised on the server.
"""
import logging
import os
import subprocess
import tempfile

log = logging.getLogger(__name__)

PRINTER = os.environ.get("LABEL_PRINTER", "zebra-dispatch")
ZPL_CONTROL = str.maketrans({"^": " ", "~": " "})


def _clean(value: str, limit: int = 40) -> str:
    return value.translate(ZPL_CONTROL)[:limit]


def render_zpl(order: dict) -> str:
    address = [_clean(line) for line in order["address_lines"][:4]]
    body = "".join(
        f"^FO40,{160 + 40 * i}^A0N,32,32^FD{line}^FS" for i, line in enumerate(address)
    )
    return (
        "^XA^CI28"
        f"^FO40,40^A0N,40,40^FD{_clean(order['recipient'])}^FS"
        f"^FO40,100^A0N,28,28^FDOrder {_clean(order['number'], 20)}^FS"
        f"{body}"
        f"^FO40,360^A0N,44,44^FD{_clean(order['postcode'], 10)}^FS"
        "^FO40,420^A0N,24,24^FDHANDLE WITH CARE - PEWTER^FS"
        "^XZ"
    )


def print_label(order: dict, copies: int = 1) -> None:
    zpl = render_zpl(order)
    path = tempfile.mktemp(suffix=".zpl", prefix="label-")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(zpl)
    try:
        subprocess.run(
            ["lp", "-d", PRINTER, "-n", str(int(copies)), "-o", "raw", path],
            check=True,
            capture_output=True,
            timeout=30,
        )
        log.info("label for order %s sent to %s", order["number"], PRINTER)
    finally:
        os.unlink(path)
