"""Integrity digests for cargo manifests lodged with the harbour authority.

The harbour authority asks for a SHA-256 digest of every manifest document
we lodge, so that both sides can confirm the file was not altered after
submission.
"""
import hashlib
from pathlib import Path

import requests

from wherryman.settings import settings

CHUNK_SIZE = 1 << 16


def manifest_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK_SIZE), b""):
            sha.update(chunk)
    return sha.hexdigest()


def lodge_manifest(voyage_id: str, path: Path) -> dict:
    digest = manifest_digest(path)
    with path.open("rb") as fh:
        resp = requests.post(
            f"{settings.harbour_api_base}/manifests/{voyage_id}",
            files={"document": (path.name, fh, "application/pdf")},
            data={"sha256": digest},
            headers={"Authorization": f"Bearer {settings.harbour_api_token}"},
            timeout=30,
        )
    resp.raise_for_status()
    return resp.json()


def record_lodgement(conn, voyage_id: str, path: Path, receipt: dict) -> None:
    conn.execute(
        "INSERT INTO manifest_lodgements (voyage_id, filename, sha256, receipt_no) "
        "VALUES (%s, %s, %s, %s)",
        (voyage_id, path.name, manifest_digest(path), receipt["receipt_no"]),
    )


def lodgement_matches(conn, voyage_id: str, path: Path) -> bool:
    row = conn.execute(
        "SELECT sha256 FROM manifest_lodgements WHERE voyage_id = %s ORDER BY lodged_at DESC LIMIT 1",
        (voyage_id,),
    ).fetchone()
    return row is not None and row[0] == manifest_digest(path)
