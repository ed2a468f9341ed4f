"""Sealing of syndication bundles for partner newsrooms.

Each partner has a 32-byte shared key provisioned out of band. Bundles are
gzipped JSON sealed with XSalsa20-Poly1305 (libsodium secretbox); the
random nonce is carried in the output.
"""
import gzip
import json
import logging
import os
from dataclasses import dataclass

import nacl.secret
import nacl.utils
import requests

log = logging.getLogger(__name__)


@dataclass
class Partner:
    slug: str
    upload_url: str
    key_env: str


def _box(partner: Partner) -> nacl.secret.SecretBox:
    return nacl.secret.SecretBox(bytes.fromhex(os.environ[partner.key_env]))


def build_bundle(stories: list[dict]) -> bytes:
    return gzip.compress(json.dumps(stories, default=str).encode("utf-8"))


def seal_for_partner(bundle: bytes, partner: Partner) -> bytes:
    nonce = nacl.utils.random(nacl.secret.SecretBox.NONCE_SIZE)
    return bytes(_box(partner).encrypt(bundle, nonce))


def open_from_partner(sealed: bytes, partner: Partner) -> bytes:
    return _box(partner).decrypt(sealed)


def deliver(stories: list[dict], partners: list[Partner]) -> None:
    bundle = build_bundle(stories)
    for partner in partners:
        sealed = seal_for_partner(bundle, partner)
        resp = requests.put(
            partner.upload_url,
            data=sealed,
            headers={"Content-Type": "application/octet-stream"},
            timeout=60,
        )
        resp.raise_for_status()
        log.info("delivered %d bytes to %s", len(sealed), partner.slug)
