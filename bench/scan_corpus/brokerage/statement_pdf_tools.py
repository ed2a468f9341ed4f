"""Post-processing for monthly statement PDFs: merge inserts and set document metadata."""
import subprocess
from pathlib import Path

QPDF = "qpdf"
EXIFTOOL = "exiftool"


def merge_with_inserts(statement: Path, inserts: list[Path], output: Path) -> Path:
    cmd = [QPDF, "--empty", "--pages", str(statement), *map(str, inserts), "--", str(output)]
    subprocess.run(cmd, check=True, timeout=120, capture_output=True)
    return output


def set_title(pdf: Path, holder_name: str, period: str) -> None:
    title = f"Account statement {period} - {holder_name}"
    subprocess.run(
        [EXIFTOOL, "-overwrite_original", f"-Title={title}", str(pdf)],
        check=True,
        timeout=60,
        capture_output=True,
    )


def finalize_statement(statement: Path, inserts: list[Path], holder_name: str, period: str) -> Path:
    output = statement.with_name(statement.stem + "-final.pdf")
    merge_with_inserts(statement, inserts, output)
    set_title(output, holder_name, period)
    return output
