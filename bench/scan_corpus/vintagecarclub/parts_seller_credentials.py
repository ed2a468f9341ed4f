"""Credentials for trade sellers on the parts marketplace.

Sellers authenticate their stock feed with a long random key. Listings
also get a public reference that appears in URLs and printed catalogues.
"""
from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

import psycopg


@dataclass(frozen=True)
class SellerKey:
    seller_id: int
    plaintext: str

    @classmethod
    def mint(cls, seller_id: int) -> "SellerKey":
        return cls(seller_id=seller_id, plaintext="vccs_" + secrets.token_hex(24))

    @property
    def lookup_prefix(self) -> str:
        return self.plaintext[:13]

    @property
    def stored_hash(self) -> str:
        return hashlib.sha256(self.plaintext.encode()).hexdigest()


def new_listing_reference() -> str:
    """Public, non-secret reference printed in the parts catalogue."""
    return uuid.uuid4().hex[:10].upper()


class SellerCredentialRepository:
    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def rotate(self, seller_id: int) -> str:
        key = SellerKey.mint(seller_id)
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE seller_keys SET revoked_at = now() WHERE seller_id = %s AND revoked_at IS NULL",
                (seller_id,),
            )
            self.conn.execute(
                "INSERT INTO seller_keys (seller_id, prefix, key_hash) VALUES (%s, %s, %s)",
                (seller_id, key.lookup_prefix, key.stored_hash),
            )
        return key.plaintext

    def seller_for(self, presented: str) -> int | None:
        row = self.conn.execute(
            "SELECT seller_id FROM seller_keys WHERE key_hash = %s AND revoked_at IS NULL",
            (hashlib.sha256(presented.encode()).hexdigest(),),
        ).fetchone()
        return row[0] if row else None

    def create_listing(self, seller_id: int, title: str, price_pence: int) -> str:
        reference = new_listing_reference()
        self.conn.execute(
            "INSERT INTO part_listings (reference, seller_id, title, price_pence)"
            " VALUES (%s, %s, %s, %s)",
            (reference, seller_id, title, price_pence),
        )
        self.conn.commit()
        return reference
