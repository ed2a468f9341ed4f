"""Merge per-supporter statement PDFs into print-ready batches for the mailing house."""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

BATCH_SIZE = 500


def find_pdftk() -> str:
    exe = shutil.which("pdftk")
    if exe is None:
        sys.exit("pdftk is not installed")
    return exe


def merge_batch(pdftk: str, inputs: list[Path], output: Path) -> None:
    cmd = [pdftk, *[str(p) for p in inputs], "cat", "output", str(output)]
    subprocess.run(cmd, check=True, timeout=600)


def page_count(pdf: Path) -> int:
    result = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    )
    for line in result.stdout.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source_dir", type=Path)
    parser.add_argument("output_dir", type=Path)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE)
    args = parser.parse_args(argv)

    pdftk = find_pdftk()
    pdfs = sorted(args.source_dir.glob("*.pdf"))
    args.output_dir.mkdir(parents=True, exist_ok=True)
    for n, start in enumerate(range(0, len(pdfs), args.batch_size), start=1):
        batch = pdfs[start:start + args.batch_size]
        out = args.output_dir / f"batch_{n:03d}.pdf"
        merge_batch(pdftk, batch, out)
        print(f"{out.name}: {len(batch)} statements, {page_count(out)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
