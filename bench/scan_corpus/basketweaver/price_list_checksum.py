"""Checks the published trade price list matches the proof signed off by the workshop.

The season's trade price list (willow by the bolt, finished baskets by the
dozen) is published as a PDF next to a .sha256 file on the public downloads
page. Run this after every upload:

    python price_list_checksum.py 2025 proofs/trade-prices-2025.pdf
"""
import argparse
import hashlib
import sys
from pathlib import Path

import requests

DOWNLOADS = "https://downloads.levelswillowworks.co.uk/trade"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(url: str) -> bytes:
    resp = requests.get(url, timeout=30)
    resp.raise_for_status()
    return resp.content


def published_checksum(season: int) -> str:
    text = fetch(f"{DOWNLOADS}/trade-prices-{season}.pdf.sha256").decode("ascii")
    return text.split()[0].lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("season", type=int)
    parser.add_argument("proof", type=Path)
    args = parser.parse_args(argv)

    proof_sum = sha256_of(args.proof.read_bytes())
    live_sum = sha256_of(fetch(f"{DOWNLOADS}/trade-prices-{args.season}.pdf"))
    listed_sum = published_checksum(args.season)

    print(f"proof     {proof_sum}")
    print(f"live pdf  {live_sum}")
    print(f"listed    {listed_sum}")
    if live_sum == proof_sum == listed_sum:
        print("price list OK")
        return 0
    print("price list on the downloads page does not match the proof", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
