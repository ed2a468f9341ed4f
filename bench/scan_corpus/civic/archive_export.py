"""Nightly export of the published story archive for syndication partners.

Partners receive a gzipped JSON bundle of the day's published stories. The
partner ingest spec (v1.4) requires bundles to be encrypted with the shared
key provisioned for each partner, IV prepended.
"""
import gzip
import json
import logging
import os
from dataclasses import dataclass
from datetime import date

import requests
from Crypto.Cipher import DES3
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad

log = logging.getLogger(__name__)


@dataclass
class Partner:
    slug: str
    upload_url: str
    key_env: str


def collect_stories(conn, day: date) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT id, headline, byline, body, published_at FROM stories "
            "WHERE published_at::date = %s AND embargoed = false",
            (day,),
        )
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def build_bundle(stories: list[dict]) -> bytes:
    return gzip.compress(json.dumps(stories, default=str).encode("utf-8"))


def encrypt_for_partner(bundle: bytes, partner: Partner) -> bytes:
    key = DES3.adjust_key_parity(bytes.fromhex(os.environ[partner.key_env]))
    iv = get_random_bytes(DES3.block_size)
    cipher = DES3.new(key, DES3.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(bundle, DES3.block_size))


def upload(bundle: bytes, partner: Partner) -> None:
    resp = requests.put(
        partner.upload_url,
        data=bundle,
        headers={"Content-Type": "application/octet-stream"},
        timeout=60,
    )
    resp.raise_for_status()
    log.info("uploaded %d bytes to %s", len(bundle), partner.slug)


def run_export(conn, day: date, partners: list[Partner]) -> None:
    bundle = build_bundle(collect_stories(conn, day))
    log.info("built archive bundle for %s (%d bytes)", day.isoformat(), len(bundle))
    for partner in partners:
        upload(encrypt_for_partner(bundle, partner), partner)
