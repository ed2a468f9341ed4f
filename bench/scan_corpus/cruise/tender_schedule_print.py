"""Prints the tender-boat schedule for anchor ports at the reception desk."""

import subprocess
from pathlib import Path

DEFAULT_PRINTER = "reception"
PRINT_OPTIONS = ["-o", "sides=one-sided", "-o", "media=A4"]


def _job_title(port_name: str, day: str) -> str:
    return f"Tender schedule {port_name} {day}"


def _lp_args(pdf: Path, title: str, printer: str) -> list[str]:
    return ["lp", "-d", printer, *PRINT_OPTIONS, "-t", title, "--", str(pdf)]


def print_schedule(pdf: Path, port_name: str, day: str, printer: str = DEFAULT_PRINTER) -> str:
    if not pdf.is_file():
        raise FileNotFoundError(pdf)
    args = _lp_args(pdf, _job_title(port_name, day), printer)
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    return result.stdout.strip()
