"""Print workshop dispatch labels for web-shop orders on the Zebra printer in the packing room."""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("dispatch.labels")

PRINTER = "packing_zebra"
SPOOL_DIR = Path("/var/spool/chairwright/labels")

ZPL_TEMPLATE = (
    "^XA^CF0,40^FO40,40^FD{ref}^FS^CF0,30^FO40,100^FD{name}^FS"
    "^FO40,140^FD{postcode}^FS^FO40,190^FD{items} item(s)^FS^XZ"
)


@dataclass
class DispatchOrder:
    ref: str
    customer_name: str
    postcode: str
    items: list[str]
    gift_message: str = ""


def render_zpl(order: DispatchOrder) -> str:
    return ZPL_TEMPLATE.format(
        ref=order.ref,
        name=order.customer_name.replace("^", " "),
        postcode=order.postcode.upper(),
        items=len(order.items),
    )


def _spool(order: DispatchOrder) -> Path:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    path = SPOOL_DIR / f"{order.ref}.zpl"
    path.write_text(render_zpl(order), encoding="ascii", errors="replace")
    return path


def print_label(order: DispatchOrder, copies: int = 1) -> None:
    path = _spool(order)
    title = f"{order.ref} {order.customer_name}"
    cmd = f'lp -d {PRINTER} -n {int(copies)} -o raw -t "{title}" {path}'
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("lp failed for %s: %s", order.ref, result.stderr.strip())
        raise RuntimeError(f"label printing failed for {order.ref}")
    log.info("printed %d label(s) for %s", copies, order.ref)


def print_batch(orders: list[DispatchOrder]) -> list[str]:
    failed = []
    for order in orders:
        try:
            print_label(order, copies=2 if len(order.items) > 1 else 1)
        except RuntimeError:
            failed.append(order.ref)
    return failed
