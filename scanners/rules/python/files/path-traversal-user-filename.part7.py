import os
import shutil
from pathlib import Path

SOURCE_ROOT = Path("/srv/certificates")
EXPORT_ROOT = Path("/srv/sftp/certificates")


def export_dealer(dealer_code: str, cert_files: list[str]) -> None:
    target = EXPORT_ROOT / "dealers"
    for name in cert_files:
        src = SOURCE_ROOT / name
        # ok: path-traversal-user-filename
        shutil.copyfile(src, target / src.name)


def read_report(report_name: str) -> str:
    # ruleid: path-traversal-user-filename
    with open(os.path.join("/srv/reports", report_name)) as fh:
        return fh.read()
