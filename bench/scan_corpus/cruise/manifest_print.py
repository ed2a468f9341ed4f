"""Prints port-call manifests on the purser's office printer.

Used by the purser desk app: the manifest PDF is rendered elsewhere and
this module just hands it to CUPS with a readable job title.
"""

import subprocess
from pathlib import Path

DEFAULT_PRINTER = "purser-office"
PRINT_OPTIONS = "-o sides=two-sided-long-edge -o media=A4"


def _job_title(port_name: str, sailing_code: str) -> str:
    return f"Manifest {sailing_code} {port_name}"


def _lp_command(pdf: Path, title: str, printer: str) -> str:
    return f'lp -d {printer} {PRINT_OPTIONS} -t "{title}" {pdf}'


def print_manifest(pdf: Path, port_name: str, sailing_code: str, printer: str = DEFAULT_PRINTER) -> str:
    """Queue the manifest and return the CUPS job id line."""
    if not pdf.is_file():
        raise FileNotFoundError(pdf)
    cmd = _lp_command(pdf, _job_title(port_name, sailing_code), printer)
    result = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True)
    return result.stdout.strip()
