"""Bulk-index catalogue documents into the search cluster.

Run from the nightly pipeline after the catalogue export step:

    python -m pipeline.search_indexer --index products-v3 export.jsonl
"""
import argparse
import json
import logging
import os
from base64 import b64encode
from typing import Iterable, Iterator

import urllib3

log = logging.getLogger("search_indexer")

SEARCH_URL = os.environ["SEARCH_CLUSTER_URL"].rstrip("/")
SEARCH_USER = os.environ["SEARCH_USER"]
SEARCH_PASSWORD = os.environ["SEARCH_PASSWORD"]
BATCH_SIZE = 500

http = urllib3.PoolManager(
    cert_reqs="CERT_NONE",
    retries=urllib3.Retry(total=5, backoff_factor=1.0),
    timeout=urllib3.Timeout(connect=5.0, read=60.0),
)


def _auth_header() -> dict[str, str]:
    token = b64encode(f"{SEARCH_USER}:{SEARCH_PASSWORD}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def read_documents(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def batched(docs: Iterable[dict], size: int) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def bulk_body(index: str, docs: list[dict]) -> bytes:
    parts = []
    for doc in docs:
        parts.append(json.dumps({"index": {"_index": index, "_id": doc["id"]}}))
        parts.append(json.dumps(doc))
    return ("\n".join(parts) + "\n").encode()


def index_file(index: str, path: str) -> int:
    total = 0
    headers = {"Content-Type": "application/x-ndjson", **_auth_header()}
    for docs in batched(read_documents(path), BATCH_SIZE):
        resp = http.request("POST", f"{SEARCH_URL}/_bulk", body=bulk_body(index, docs), headers=headers)
        if resp.status >= 300:
            raise RuntimeError(f"bulk request failed with HTTP {resp.status}")
        result = json.loads(resp.data)
        if result.get("errors"):
            log.warning("batch had item errors; first: %s", result["items"][0])
        total += len(docs)
    return total


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", required=True)
    parser.add_argument("path")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("indexed %d documents", index_file(args.index, args.path))
