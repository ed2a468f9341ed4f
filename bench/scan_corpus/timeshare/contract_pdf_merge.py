"""Assemble the signed ownership contract packet for the document vault.

The sales system produces the purchase agreement, the points schedule and the
rescission notice as separate PDFs; they are merged into one packet with the
owner's name in the document title.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

QPDF = shutil.which("qpdf") or "/usr/bin/qpdf"
EXIFTOOL = shutil.which("exiftool") or "/usr/bin/exiftool"


class PacketError(RuntimeError):
    pass


def _run(args: list[str]) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise PacketError(f"{Path(args[0]).name} failed: {result.stderr.strip()[:500]}")


def build_packet(contract_number: str, owner_name: str, parts: list[Path],
                 output_dir: Path) -> Path:
    if not parts:
        raise PacketError("no documents to merge")
    for part in parts:
        if not part.is_file():
            raise PacketError(f"missing part {part.name}")
    output_dir.mkdir(parents=True, exist_ok=True)
    packet = output_dir / f"{contract_number}-contract-packet.pdf"
    _run([QPDF, "--empty", "--pages", *[str(p) for p in parts], "--", str(packet)])
    _run([EXIFTOOL, "-overwrite_original", f"-Title=Ownership contract {contract_number} - {owner_name}", str(packet)])
    log.info("built contract packet %s (%d parts)", packet.name, len(parts))
    return packet


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Merge contract PDFs into one packet")
    parser.add_argument("contract_number")
    parser.add_argument("owner_name")
    parser.add_argument("parts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("PACKET_DIR", ".")))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(build_packet(args.contract_number, args.owner_name, args.parts, args.out))
