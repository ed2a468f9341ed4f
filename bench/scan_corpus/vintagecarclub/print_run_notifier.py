"""Notifies the printer's order system when a magazine issue is ready.

After CI produces the print PDF and uploads it to the shared bucket, this
script tells the printer which build to collect. The printer only needs
the build identifiers, never anything else from the CI environment.
"""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass

import requests

log = logging.getLogger("print_run")


@dataclass(frozen=True)
class PrintRunInfo:
    issue: str
    build_number: str
    commit: str
    pdf_key: str

    @classmethod
    def from_ci(cls) -> "PrintRunInfo":
        return cls(
            issue=os.environ["MAGAZINE_ISSUE"],
            build_number=os.environ.get("CI_PIPELINE_IID", "local"),
            commit=os.environ.get("CI_COMMIT_SHORT_SHA", "unknown"),
            pdf_key=os.environ["PRINT_PDF_OBJECT_KEY"],
        )


def notify_printer(info: PrintRunInfo, endpoint: str, token: str, copies: int) -> str:
    response = requests.post(
        endpoint,
        json={
            "job_name": f"Club magazine {info.issue}",
            "build": {"number": info.build_number, "commit": info.commit},
            "file": info.pdf_key,
            "copies": copies,
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=20,
    )
    response.raise_for_status()
    return response.json()["order_reference"]


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    info = PrintRunInfo.from_ci()
    reference = notify_printer(
        info,
        endpoint=os.environ["PRINTER_ORDERS_URL"],
        token=os.environ["PRINTER_ORDERS_TOKEN"],
        copies=int(os.environ.get("PRINT_COPIES", "2400")),
    )
    log.info("Printer order %s created for issue %s (build %s)", reference, info.issue, info.build_number)
    return 0


if __name__ == "__main__":
    sys.exit(main())
