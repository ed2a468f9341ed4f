"""Prints head labels for finished casks on the dispatch bay printers.

Each finished cask gets a label on the head with the customer name, cask
serial, char level and fill-by date before it is palletised.
"""
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

DISPATCH_PRINTER = "dispatch_zebra_01"
LABEL_TEMPLATE = (
    "^XA^CF0,60^FO50,50^FD{customer}^FS"
    "^CF0,40^FO50,130^FDCask {serial}^FS"
    "^FO50,190^FDChar #{char_level}  Fill by {fill_by}^FS"
    "^FO50,260^BY3^BCN,100,Y,N,N^FD{serial}^FS^XZ"
)


@dataclass
class CaskLabel:
    serial: str
    customer_name: str
    char_level: int
    fill_by: str


def render_label(label: CaskLabel) -> str:
    return LABEL_TEMPLATE.format(
        customer=label.customer_name[:30],
        serial=label.serial,
        char_level=label.char_level,
        fill_by=label.fill_by,
    )


def _print_command(printer: str, job_title: str, path: Path) -> str:
    return f"lp -d {printer} -o raw -t \"{job_title}\" {path}"


def print_label(label: CaskLabel, printer: str = DISPATCH_PRINTER) -> int:
    with tempfile.NamedTemporaryFile("w", suffix=".zpl", delete=False) as fh:
        fh.write(render_label(label))
        zpl_path = Path(fh.name)
    title = f"{label.customer_name} {label.serial}"
    try:
        result = subprocess.run(
            _print_command(printer, title, zpl_path),
            shell=True,
            capture_output=True,
            text=True,
            timeout=30,
        )
        return result.returncode
    finally:
        zpl_path.unlink(missing_ok=True)


def print_batch(labels: list[CaskLabel], printer: str = DISPATCH_PRINTER) -> list[str]:
    failed = []
    for label in labels:
        if print_label(label, printer) != 0:
            failed.append(label.serial)
    return failed
