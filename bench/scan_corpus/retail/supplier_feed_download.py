"""Fetch a supplier's product CSV and hand it to the import pipeline.

Usage: python -m importer.supplier_feed_download SUPPLIER_CODE FEED_URL
"""
import argparse
import logging
import os
import tempfile

import requests

from importer.pipeline import stage_feed

log = logging.getLogger("importer.download")


def download_feed(url: str, token: str) -> str:
    path = tempfile.mktemp(prefix="supplier-feed-", suffix=".csv")
    with requests.get(url, headers={"Authorization": f"Bearer {token}"}, stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with open(path, "wb") as fh:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                fh.write(chunk)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("supplier")
    parser.add_argument("url")
    args = parser.parse_args()

    token = os.environ["SUPPLIER_FEED_TOKEN"]
    path = download_feed(args.url, token)
    try:
        rows = stage_feed(args.supplier, path)
        log.info("staged %d rows for supplier %s", rows, args.supplier)
    finally:
        os.remove(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
